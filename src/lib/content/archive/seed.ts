// A seed (content/seeds/: the article as received) and what its archive must
// hold: every block of it but the lines the source declares as left out. The
// importer writes both sides from one reading, and the build checks that they
// still agree (checks/sources.ts), so a paragraph deleted from an archived
// .mdx is named, and a declared omission is shown to readers.
import { normalizeQuote } from '../quotes.ts';
import { blockTexts, rawLines, splitRawBlocks, takeLeadingDate } from './raw-blocks.ts';
import type { PageBlock } from './saved-page.ts';

/** Whether a seed is a saved web page rather than pasted text (the page's reader, and jsdom, load only for one). */
export function isSavedPage(name: string, text: string): boolean {
  return /\.x?html?$/i.test(name) || /^\s*(<!doctype html|<html[\s>])/i.test(text.slice(0, 500));
}

export type Seed = { kind: 'text'; text: string } | { kind: 'page'; blocks: PageBlock[] } | { kind: 'unreadable'; reason: string };

/**
 * Reads a seed file; a saved web page is read through Readability (loaded only
 * when there is one), once per text: the check reads every seed on each run
 * (npm run dev on every change, the fuzzer thousands of times).
 */
export function readSeed(name: string, text: string): Promise<Seed> {
  const key = `${name}\0${text}`;
  let seed = seedsRead.get(key);
  if (!seed) seedsRead.set(key, (seed = readSeedNow(name, text)));
  return seed;
}
const seedsRead = new Map<string, Promise<Seed>>();

async function readSeedNow(name: string, text: string): Promise<Seed> {
  if (!isSavedPage(name, text)) return { kind: 'text', text };
  const { readSavedPage, PageError } = await import('./saved-page.ts');
  try {
    return { kind: 'page', blocks: readSavedPage(text).blocks };
  } catch (e) {
    if (e instanceof PageError) return { kind: 'unreadable', reason: e.message };
    throw e;
  }
}

/** Every unit of a seed a `leftOut` entry may name: a line (or a leading date token), or a block of a page. */
export function seedUnits(seed: Seed): string[] {
  if (seed.kind === 'unreadable') return [];
  if (seed.kind === 'page') return seed.blocks.map((b) => b.text);
  const { token, rest } = takeLeadingDate(seed.text);
  return [...(token ? [token] : []), ...rawLines(rest).map((l) => l.trim())].filter(Boolean);
}

/** All the words of a seed, as one text: an archive passage must be among them. */
export function seedWords(seed: Seed): string {
  return seedUnits(seed).join('\n');
}

const key = (s: string) => normalizeQuote(s);

/**
 * The passages (headings, paragraphs, list items) the archive must hold: the
 * seed read as the importer reads it, with the declared lines taken out first.
 * A pasted text is split into blocks after that, since a line left out may
 * have sat between two lines of one paragraph. `unknown` lists the declared
 * texts the seed does not have.
 */
export function expectedPassages(seed: Seed, declared: readonly string[]): { passages: string[]; unknown: string[] } {
  const out = new Set(declared.map(key));
  const found = new Set<string>();
  const keep = (text: string) => {
    const k = key(text);
    if (!out.has(k)) return true;
    found.add(k);
    return false;
  };
  let passages: string[];
  if (seed.kind === 'unreadable') passages = [];
  else if (seed.kind === 'page') passages = seed.blocks.map((b) => b.text).filter(keep);
  else {
    const { token, rest } = takeLeadingDate(seed.text);
    if (token) keep(token);
    passages = blockTexts(splitRawBlocks(rawLines(rest).filter((l) => l.trim() === '' || keep(l)).join('\n')));
  }
  return { passages, unknown: declared.filter((d) => !found.has(key(d))) };
}

/**
 * The expected passages the archive lacks. A passage counts as kept when the
 * archive has it as one passage, or within the text of its passages run
 * together (an editor who joined two paragraphs lost no words).
 */
export function missingPassages(expected: readonly string[], archive: readonly string[]): string[] {
  const have = new Map<string, number>();
  for (const a of archive.map(key)) have.set(a, (have.get(a) ?? 0) + 1);
  const joined = archive.map(key).join(' ');
  return expected.filter((e) => {
    const k = key(e);
    const n = have.get(k) ?? 0;
    if (n > 0) {
      have.set(k, n - 1);
      return false;
    }
    return !joined.includes(k);
  });
}
