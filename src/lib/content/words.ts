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
 * max + 1 when it exceeds max. Only the cells within max of the diagonal are
 * worked out (any other holds more than max): comparing thousands of pairs of
 * long statements that share their first words cost seconds without the band.
 */
export function editDistance(a: string, b: string, max = 2): number {
  const over = max + 1;
  if (Math.abs(a.length - b.length) > max) return over;
  const m = b.length;
  // Three rows, reused: the one two back (for a swap), the last, and this one.
  let prev2 = new Array<number>(m + 1).fill(over);
  let prev = Array.from({ length: m + 1 }, (_, j) => Math.min(j, over));
  let row = new Array<number>(m + 1).fill(over);
  for (let i = 1; i <= a.length; i++) {
    const from = Math.max(1, i - max);
    const to = Math.min(m, i + max);
    row[from - 1] = from === 1 ? Math.min(i, over) : over;
    let best = row[from - 1]!;
    for (let j = from; j <= to; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      row[j] = Math.min(d, over);
      if (d < best) best = d;
    }
    // The next row reads one cell past this band: it lies outside, so more than max.
    if (to < m) row[to + 1] = over;
    if (best > max) return over;
    [prev2, prev, row] = [prev, row, prev2];
  }
  return prev[m]!;
}
