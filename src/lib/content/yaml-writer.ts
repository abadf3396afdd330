// A small YAML writer for frontmatter the importer emits (and the benchmark's
// synthetic content): strings, numbers, booleans, lists and nested objects. Strings are written as JSON
// strings, which YAML reads as double-quoted scalars, so no value can be
// misread (a title like "no: yes" or "2021-04" stays a string).

type Value = string | number | boolean | null | undefined | Value[] | { [k: string]: Value };

function scalar(v: string | number | boolean | null): string {
  return typeof v === 'string' ? JSON.stringify(v) : String(v);
}

/** One list item: a scalar on the dash line, or an object whose first key shares it. */
function item(x: Value, indent: string): string {
  if (x !== null && typeof x === 'object' && !Array.isArray(x)) {
    const body = toYaml(x, `${indent}  `);
    return `${indent}- ${body.slice(indent.length + 2)}`;
  }
  return `${indent}- ${scalar(x as string)}\n`;
}

export function toYaml(obj: Record<string, unknown>, indent = ''): string {
  let out = '';
  for (const [key, raw] of Object.entries(obj)) {
    const v = raw as Value;
    if (v === undefined) continue;
    if (Array.isArray(v)) {
      if (v.length === 0) out += `${indent}${key}: []\n`;
      else out += `${indent}${key}:\n` + v.map((x) => item(x, `${indent}  `)).join('');
    } else if (v !== null && typeof v === 'object') {
      out += `${indent}${key}:\n${toYaml(v, `${indent}  `)}`;
    } else {
      out += `${indent}${key}: ${scalar(v)}\n`;
    }
  }
  return out;
}
