// The pages of the built site, read from dist/: every test that should cover
// "every page" iterates this list, so a new page is covered without editing tests.
import { readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

export const DIST = resolve(import.meta.dirname, '../..', process.env.DIST ?? 'dist');

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? (e.name === 'pagefind' ? [] : walk(join(dir, e.name))) : e.name.endsWith('.html') ? [join(dir, e.name)] : [],
  );
}

/** Paths relative to the site's base, as a reader would request them: "", "sources/", "404.html". */
export function builtPages(): string[] {
  return walk(DIST)
    .map((file) => relative(DIST, file).split('\\').join('/'))
    .map((p) => (p === 'index.html' ? '' : p.endsWith('/index.html') ? p.slice(0, -'index.html'.length) : p))
    .sort();
}
