// How much of a reader's query a text covers. Pagefind ranks pages that match
// only some of the words too (and lets a short indexed word stand in for an
// unknown long one), so results are ordered by how many of the words they
// really contain, and a search whose best results miss a word is one that
// "finds little" and earns a spelling suggestion.
import { normalizeWords, stem } from '../content/words.ts';

/** The share (0–1) of the words that the text contains, each as the start of one of its words. */
export function coverage(words: readonly string[], text: string): number {
  if (!words.length) return 1;
  const tokens = normalizeWords(text).split(' ');
  const found = words.filter((w) => {
    const s = stem(w);
    return tokens.some((t) => t.startsWith(s));
  });
  return found.length / words.length;
}

/**
 * Whether the text holds the word itself (by stem: "fined" is held by "fined"
 * and "fines", not by "find" or "finance"), or, for a word still being typed,
 * a word it begins. A word of parts ("third-party") is held where its parts
 * stand together.
 */
export function holdsWord(text: string, word: string, asPrefix = false): boolean {
  const normal = normalizeWords(word);
  // Punctuation alone is no word: held nowhere.
  if (!normal) return false;
  const parts = normal.split(' ').map((w) => ({ w, s: stem(w) }));
  const tokens = normalizeWords(text).split(' ');
  const holds = (t: string, { w, s }: { w: string; s: string }, prefix: boolean) => t === w || stem(t) === s || (prefix && t.startsWith(w));
  return tokens.some((_, i) => parts.every((p, k) => holds(tokens[i + k] ?? '', p, asPrefix && k === parts.length - 1)));
}
