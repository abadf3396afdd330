// Readers' names for what the articles name otherwise ("AWS" for web hosting,
// "spokesperson" for spokesman). Editors list them under `alsoKnownAs` on
// actors and glossary terms; an alias is searched as the entry's own name.
// (A topic's aliases are indexed on its claims instead: data/search/expansion.ts.)
// Words match by stem: "authorities" finds "authority".
import { normalizeWords, stem } from '../content/words.ts';

/** One of a reader's words and the name the content uses for the same thing, both normalised. */
export interface ReaderWord {
  phrase: string;
  means: string;
}

export interface NamedEntry {
  name: string;
  alsoKnownAs: string[];
}

/** Every alias of every entry, longest first so "amazon web services" wins over "amazon". */
export function readerWords(entries: NamedEntry[]): ReaderWord[] {
  return entries
    .flatMap((e) => e.alsoKnownAs.map((a) => ({ phrase: normalizeWords(a), means: normalizeWords(e.name) })))
    .filter((w) => w.phrase && w.phrase !== w.means)
    .sort((a, b) => b.phrase.length - a.phrase.length || a.phrase.localeCompare(b.phrase));
}

/** Where the phrase's words first occur in a row among the query's words, by stem, or -1. */
function find(tokens: readonly string[], phrase: string): number {
  const want = phrase.split(' ').map(stem);
  return tokens.findIndex((_, i) => want.every((w, j) => tokens[i + j] !== undefined && stem(tokens[i + j]!) === w));
}

/** Marks a token already expanded, so a later alias does not expand it again; removed at the end. */
const DONE = String.fromCharCode(0);

/**
 * The query with each reader's word replaced by the content's name for it, or
 * undefined when it has none. Whole words only: "eu" does not match "eureka".
 */
export function expandQuery(query: string, words: readonly ReaderWord[]): string | undefined {
  let tokens = normalizeWords(query).split(' ');
  let changed = false;
  for (const w of words) {
    const at = find(tokens, w.phrase);
    if (at < 0) continue;
    // A placeholder keeps a replaced name from being matched again by a shorter alias.
    tokens = [...tokens.slice(0, at), `${DONE}${w.means}`, ...tokens.slice(at + w.phrase.split(' ').length)];
    changed = true;
  }
  return changed ? tokens.join(' ').replaceAll(DONE, '') : undefined;
}

/** The query's words that are part of a reader's word ("amzn", "european union"): they stand for a name the content uses. */
export function aliasedWords(query: string, words: readonly ReaderWord[]): Set<string> {
  const tokens = normalizeWords(query).split(' ');
  const out = new Set<string>();
  for (const w of words) {
    const at = find(tokens, w.phrase);
    if (at >= 0) for (const t of tokens.slice(at, at + w.phrase.split(' ').length)) out.add(t);
  }
  return out;
}

/** Whether a typed term ("e-commerce", "nestlé") is wholly made of `aliasedWords`' words, compared in their normal form. */
export const isAliased = (term: string, aliased: ReadonlySet<string>): boolean => {
  const parts = normalizeWords(term).split(' ').filter(Boolean);
  return parts.length > 0 && parts.every((p) => aliased.has(p));
};
