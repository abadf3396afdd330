// Vite wraps every dynamic import() in its "preload helper" (1.7 KB, loaded on
// every page) even with build.modulePreload off: vitejs/vite#13952, #18551.
// The helper only matters when a lazy chunk has CSS to inject; ours have none
// (the search panel carries its CSS as a string), so after the build each
// `helper(() => import(x)..., deps)` call becomes the plain `import(x)...`.
// A file whose lazy chunks do list CSS is left exactly as it is.

const HELPER_IMPORT = /import\{(\w+) as ([\w$]+)\}from"\.\/(preload-helper\.[\w-]+\.js)";/;
const MAP_DEPS = /const __vite__mapDeps=\([^;]*?\]\)\)\)=>i\.map\(i=>d\[i\]\);\n?/;

/**
 * Index just past the bracket or string that opens at `open`; nested brackets,
 * strings and template literals (with their ${} parts) are skipped whole.
 */
function closing(code: string, open: number): number {
  const stack: string[] = [];
  for (let i = open; i < code.length; i++) {
    const c = code[i]!;
    const top = stack[stack.length - 1];
    if (top === '`' || top === '"' || top === "'") {
      if (c === '\\') i++;
      else if (c === top) stack.pop();
      else if (top === '`' && c === '$' && code[i + 1] === '{') {
        stack.push('{');
        i++;
      }
    } else if (c === '"' || c === "'" || c === '`' || c === '(' || c === '[' || c === '{') stack.push(c);
    else if (c === ')' || c === ']' || c === '}') stack.pop();
    if (stack.length === 0) return i + 1;
  }
  throw new Error(`unbalanced code after offset ${open}`);
}

/** Offset of the last comma at the top level of the call whose "(" is at `open`. */
function lastTopLevelComma(code: string, open: number, end: number): number {
  let comma = -1;
  for (let i = open + 1; i < end - 1; i++) {
    const c = code[i]!;
    if ('([{"\'`'.includes(c)) i = closing(code, i) - 1;
    else if (c === ',') comma = i;
  }
  return comma;
}

export interface Stripped {
  code: string;
  /** The helper file this chunk no longer imports, if it imported one. */
  helper?: string;
}

export function stripPreloadHelper(code: string): Stripped {
  const m = HELPER_IMPORT.exec(code);
  if (!m) return { code };
  const deps = MAP_DEPS.exec(code)?.[0] ?? '';
  if (/\.css["']/.test(deps)) return { code };
  const local = m[2]!;
  const call = new RegExp(`(?<![\\w$.])${local.replace(/\$/g, '\\$')}\\(\\(\\)=>import\\(`, 'g');
  let out = '';
  let from = 0;
  for (let hit = call.exec(code); hit; hit = call.exec(code)) {
    const open = hit.index + local.length;
    const end = closing(code, open);
    const comma = lastTopLevelComma(code, open, end);
    if (comma < 0) throw new Error(`preload call without a deps argument at offset ${hit.index}`);
    out += code.slice(from, hit.index) + code.slice(open + '(()=>'.length, comma);
    from = end;
    call.lastIndex = end;
  }
  out += code.slice(from);
  // A call in a shape not recognised (an async arrow that destructures the
  // module, say) still needs the helper: then the file is left as it is.
  const rest = new RegExp(`(?<![\\w$.])${local.replace(/\$/g, '\\$')}\\((?:async)?\\(\\)=>`, 'g');
  for (let hit = rest.exec(out); hit; hit = rest.exec(out)) {
    const open = hit.index + local.length;
    if (out.slice(open, closing(out, open)).includes('import(')) return { code };
  }
  out = out.replace(m[0], '');
  if (deps && !out.includes('__vite__mapDeps(')) out = out.replace(deps, '');
  return { code: out, helper: m[3] };
}
