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

export interface Chunk<T> {
  /** "pages 11–20 of 54 (/claims/a/ … /claims/k/)": stable while the pages stay the same. */
  name: string;
  items: T[];
}

/** Items in consecutive runs of at most `size`, each named by its range and its first and last item. */
export function chunked<T>(items: T[], size: number, label: (item: T) => string = String, noun = 'pages'): Chunk<T>[] {
  const chunks: Chunk<T>[] = [];
  for (let i = 0; i < items.length; i += size) {
    const run = items.slice(i, i + size);
    const ends = run.length > 1 ? `${label(run[0]!)} … ${label(run.at(-1)!)}` : label(run[0]!);
    chunks.push({ name: `${noun} ${i + 1}–${i + run.length} of ${items.length} (${ends})`, items: run });
  }
  return chunks;
}

/**
 * builtPages() in chunks of at most `size` pages, for a sweep over every page
 * as one test per chunk: no single test's time grows with the number of pages,
 * and a new page still lands in some chunk without editing tests.
 */
export function builtPageChunks(size: number): Chunk<string>[] {
  return chunked(builtPages(), size, (p) => `/${p}`);
}
