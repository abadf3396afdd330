// No import circle anywhere in src/, counting type-only imports too: ESLint's
// import-x/no-cycle (eslint.config.js) follows only the imports that run, and a
// circle of types still ties two layers together (the site's views and what
// draws the share images once imported each other that way).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const SPECIFIER = /\b(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    return e.isDirectory() ? files(path) : /\.(ts|mjs|astro)$/.test(e.name) ? [path] : [];
  });
}

/** Each module of src/ and the modules of src/ it imports, type-only imports included. */
function importGraph(root = join(ROOT, 'src')): Map<string, string[]> {
  return new Map(
    files(root).map((f) => [
      relative(ROOT, f),
      [...readFileSync(f, 'utf8').matchAll(SPECIFIER)]
        .map((m) => resolve(dirname(f), m[1]!))
        .filter((p) => existsSync(p))
        .map((p) => relative(ROOT, p)),
    ]),
  );
}

/** The circles of a graph (Tarjan's strongly connected components of more than one module, or a module importing itself). */
function circles(graph: Map<string, string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const on = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    on.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const part: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        on.delete(w);
        part.push(w);
      } while (w !== v);
      if (part.length > 1 || graph.get(v)?.includes(v)) found.push(part.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found;
}

test('no module of src/ imports itself round a circle, type-only imports counted', () => {
  const graph = importGraph();
  assert.ok(graph.size > 150, `read ${graph.size} modules`);
  assert.deepEqual(circles(graph), []);
});

test('a circle is found, however long, and only the modules in it are named', () => {
  const graph = new Map([
    ['site.ts', ['og-ahead.ts', 'paths.ts']],
    ['og-ahead.ts', ['claim-meta.ts']],
    ['claim-meta.ts', ['site.ts', 'paths.ts']],
    ['paths.ts', []],
  ]);
  assert.deepEqual(circles(graph), [['claim-meta.ts', 'og-ahead.ts', 'site.ts']]);
  assert.deepEqual(circles(new Map([['a.ts', ['a.ts']]])), [['a.ts']]);
});
