// The pages of the built site, read from dist/: every test that should cover
// "every page" iterates this list, so a new page is covered without editing tests.
import { readdirSync, statSync } from 'node:fs';
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

/** The page's template: its URL with the entry id (the second segment) left out, so /claims/a/embed/ and /claims/b/embed/ share one. */
const templateOf = (path: string) =>
  path
    .split('/')
    .map((seg, i) => (i === 1 && seg ? '*' : seg))
    .join('/');

/** Above this many pages, a template's pages are entries of one data collection, alike but for their words. */
const SAMPLE_ABOVE = 10;

/**
 * Every page, but of a template with many pages (claims and their cards) only
 * the largest (the most content, so the most kinds of element): for a second
 * pass whose outcome the template decides, such as colour contrast in the
 * other theme, once every page has had the full check. Explainers and sources
 * are each written apart, so each is kept.
 */
export function templatePages(all: readonly string[] = builtPages()): string[] {
  const groups = new Map<string, { path: string; size: number }[]>();
  for (const path of all) {
    const size = statSync(join(DIST, path.endsWith('.html') ? path : `${path}index.html`)).size;
    groups.set(templateOf(path), [...(groups.get(templateOf(path)) ?? []), { path, size }]);
  }
  return [...groups.values()]
    .flatMap((pages) => (pages.length > SAMPLE_ABOVE ? [pages.reduce((a, b) => (b.size > a.size ? b : a))] : pages))
    .map((p) => p.path)
    .sort();
}

const ENTITIES: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>' };
const decodeEntities = (text: string) =>
  text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, e: string) =>
    e[0] === '#'
      ? String.fromCodePoint(parseInt(e.slice(e[1] === 'x' || e[1] === 'X' ? 2 : 1), e[1] === 'x' || e[1] === 'X' ? 16 : 10))
      : (ENTITIES[e] ?? whole),
  );

/** The ids a page's HTML gives its elements: enough to check a #fragment without loading the page in a browser. */
export const idsInHtml = (html: string): Set<string> => new Set([...html.matchAll(/\sid=(?:"([^"]*)"|'([^']*)')/g)].map((m) => decodeEntities(m[1] ?? m[2]!)));
