// How the search compares words: one normal form, and a light English stem.

/** Lower case, no accents, letters and digits only, single spaces. */
export function normalizeWords(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Enough of a stem to let "threatens" meet "threatened", "authorities" meet "authority". */
export function stem(word: string): string {
  const s = word
    .replace(/ies$/, '')
    .replace(/(ings?|edly|ed|ers?|es|s|ly|ions?)$/, '')
    .replace(/[ye]$/, '');
  return s.length >= 3 ? s : word;
}
