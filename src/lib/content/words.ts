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

/**
 * Optimal-string-alignment distance (a swap of two neighbours counts once), or
 * max + 1 as soon as it must exceed max.
 */
export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      row.push(d);
      if (d < best) best = d;
    }
    if (best > max) return max + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length]!;
}
