// How much of a reader's query a text covers. Pagefind ranks pages that match
// only some of the words too (and lets a short indexed word stand in for an
// unknown long one), so results are ordered by how many of the words they
// really contain, and a search whose best results miss a word is one that
// "finds little" and earns a spelling suggestion.
import { normalizeWords } from './reader-words.ts';

/** A light English stem, enough to let "threatens" meet "threatened". */
export function stem(word: string): string {
  const s = word.replace(/(ings?|edly|ed|ers?|es|s|ly|ion|ions)$/, '');
  return s.length >= 3 ? s : word;
}

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
