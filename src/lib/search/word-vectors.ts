// Word vectors (embeddings): words used in like contexts lie close together, so
// a reader's "shoppers" or "gadgets" finds a claim that says "customers" or
// "devices" though no dictionary lists them as synonyms. Used at build time
// only (document expansion, see related-words.ts): the browser loads none.

/** A table of unit-length vectors, one row of `dims` numbers per word. */
export interface WordVectors {
  words: string[];
  dims: number;
  /** words.length × dims, each row scaled to length 1, so a dot product is the cosine. */
  data: Float32Array;
  /** Row of each word. */
  index: Map<string, number>;
}

export function vectorTable(words: string[], dims: number, data: Float32Array): WordVectors {
  if (data.length !== words.length * dims)
    throw new Error(`word vectors: ${words.length} words × ${dims} dims needs ${words.length * dims} numbers, got ${data.length}`);
  return { words, dims, data, index: new Map(words.map((w, i) => [w, i])) };
}

/** Scales each row to length 1 in place (a zero row stays zero). */
export function normalizeRows(data: Float32Array, dims: number): Float32Array {
  for (let o = 0; o < data.length; o += dims) {
    let n = 0;
    for (let i = 0; i < dims; i++) n += data[o + i]! * data[o + i]!;
    const s = n > 0 ? 1 / Math.sqrt(n) : 0;
    for (let i = 0; i < dims; i++) data[o + i]! *= s;
  }
  return data;
}

/** Cosine similarity of two words of the table, or undefined when either has no vector. */
export function similarity(t: WordVectors, a: string, b: string): number | undefined {
  const i = t.index.get(a);
  const j = t.index.get(b);
  if (i === undefined || j === undefined) return undefined;
  let s = 0;
  for (let d = 0; d < t.dims; d++) s += t.data[i * t.dims + d]! * t.data[j * t.dims + d]!;
  return s;
}

export interface LinkOptions {
  /** The least cosine similarity kept either way. */
  min: number;
  /** Each site word takes at most this many reader words, closest first. */
  perSiteWord: number;
  /** Each reader word goes to at most this many site words, closest first. */
  perReaderWord: number;
}

/**
 * Which reader words stand for each site word, both ways round: the reader
 * words closest to a site word ("customers" → buyers, consumers), and the site
 * words closest to a reader word ("gadgets" → devices, though devices lies
 * nearer to computers and phones). Site words without a vector link to none.
 */
export function linkWords(t: WordVectors, siteWords: readonly string[], readerRows: Int32Array, o: LinkOptions): Map<string, string[]> {
  const { dims, data } = t;
  const rows = siteWords.map((w) => t.index.get(w) ?? -1);
  const k = o.perReaderWord;
  // For each reader word, its k closest site words so far (similarity, site word's position), sorted.
  const bestS = new Float32Array(readerRows.length * k).fill(-Infinity);
  const bestW = new Int32Array(readerRows.length * k).fill(-1);
  const forward = siteWords.map(() => [] as { c: number; s: number }[]);
  rows.forEach((row, wi) => {
    if (row < 0) return;
    const q = data.subarray(row * dims, row * dims + dims);
    const mine = forward[wi]!;
    for (let ci = 0; ci < readerRows.length; ci++) {
      const c = readerRows[ci]!;
      if (c === row) continue;
      const off = c * dims;
      let s = 0;
      for (let d = 0; d < dims; d++) s += q[d]! * data[off + d]!;
      if (s < o.min) continue;
      if (mine.length < o.perSiteWord || s > mine[mine.length - 1]!.s) {
        let at = mine.length;
        while (at > 0 && mine[at - 1]!.s < s) at--;
        mine.splice(at, 0, { c: ci, s });
        if (mine.length > o.perSiteWord) mine.pop();
      }
      const base = ci * k;
      if (s > bestS[base + k - 1]!) {
        let at = k - 1;
        while (at > 0 && bestS[base + at - 1]! < s) {
          bestS[base + at] = bestS[base + at - 1]!;
          bestW[base + at] = bestW[base + at - 1]!;
          at--;
        }
        bestS[base + at] = s;
        bestW[base + at] = wi;
      }
    }
  });
  const out = new Map<string, Set<string>>(siteWords.map((w) => [w, new Set<string>()]));
  forward.forEach((list, wi) => list.forEach(({ c }) => out.get(siteWords[wi]!)!.add(t.words[readerRows[c]!]!)));
  for (let ci = 0; ci < readerRows.length; ci++)
    for (let j = 0; j < k; j++) {
      const wi = bestW[ci * k + j]!;
      if (wi >= 0) out.get(siteWords[wi]!)!.add(t.words[readerRows[ci]!]!);
    }
  return new Map([...out].map(([w, s]) => [w, [...s]]));
}
