// Finding an evidence quote in its source. Quotes must be verbatim, but a
// maintainer typing a quote may use straight quotes where the article has
// curly ones, or collapse a line break: those differences are forgiven, and
// nothing else is.

export interface Passage {
  n: number;
  text: string;
}

export interface QuoteLocation {
  /** The passage (paragraph or list item) number, as in #p-N. */
  n: number;
  /** Offsets into the passage's original text. */
  start: number;
  end: number;
  /** The source's own characters for the quote (curly quotes and all). */
  exact: string;
}

const CHAR_MAP: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201A': "'",
  '\u201B': "'",
  '\u2032': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u201E': '"',
  '\u201F': '"',
  '\u2033': '"',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2015': '-',
  '\u2212': '-',
  '\u00A0': ' ',
  '\u2009': ' ',
  '\u202F': ' ',
};

/**
 * Normalises text for comparison and keeps, for every normalised character,
 * the offset of the original character it came from (so a match can be
 * mapped back and marked in the original).
 */
function normalizeWithMap(text: string): { norm: string; map: number[] } {
  let norm = '';
  const map: number[] = [];
  let pendingSpace = -1;
  for (let i = 0; i < text.length; i++) {
    const c = CHAR_MAP[text[i]!] ?? text[i]!;
    if (/\s/.test(c)) {
      if (norm.length > 0 && pendingSpace < 0) pendingSpace = i;
      continue;
    }
    if (pendingSpace >= 0) {
      norm += ' ';
      map.push(pendingSpace);
      pendingSpace = -1;
    }
    norm += c;
    map.push(i);
  }
  return { norm, map };
}

export function normalizeQuote(text: string): string {
  return normalizeWithMap(text).norm;
}

/** Where the quote occurs: the first passage that contains it, or null. */
export function locateQuote(passages: Passage[], quote: string): QuoteLocation | null {
  return locateAll(passages, quote)[0] ?? null;
}

// A source's passages are searched once for each of its quotes (13,000 at 10,000 claims): normalised once.
const normalized = new WeakMap<Passage, ReturnType<typeof normalizeWithMap> & { text: string }>();
function normalizedPassage(p: Passage) {
  let n = normalized.get(p);
  if (!n || n.text !== p.text) normalized.set(p, (n = { ...normalizeWithMap(p.text), text: p.text }));
  return n;
}

/** Every place the quote occurs, in passage order (a common phrase may occur in several). */
export function locateAll(passages: Passage[], quote: string): QuoteLocation[] {
  const needle = normalizeQuote(quote);
  if (!needle) return [];
  const found: QuoteLocation[] = [];
  for (const p of passages) {
    const { norm, map } = normalizedPassage(p);
    for (let at = norm.indexOf(needle); at >= 0; at = norm.indexOf(needle, at + 1)) {
      const start = map[at]!;
      const end = map[at + needle.length - 1]! + 1;
      found.push({ n: p.n, start, end, exact: p.text.slice(start, end) });
    }
  }
  return found;
}

const words = (s: string) =>
  normalizeQuote(s)
    .toLowerCase()
    .split(/[^\p{L}\p{N}']+/u)
    .filter(Boolean);

function lcsLength(a: string[], b: string[]): number {
  let prev = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const cur = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) {
      cur[j] = a[i - 1] === b[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, cur[j - 1]!);
    }
    prev = cur;
  }
  return prev[b.length]!;
}

/**
 * The passage window that best resembles a quote that was not found, for the
 * error message: the words of the source a maintainer most likely meant.
 */
export function closestPassage(passages: Passage[], quote: string): { n: number; excerpt: string; score: number } | null {
  const q = words(quote);
  if (!q.length) return null;
  let best: { n: number; excerpt: string; score: number } | null = null;
  for (const p of passages) {
    const tokens = p.text.split(/\s+/).filter(Boolean);
    const width = Math.min(tokens.length, q.length + 4);
    for (let i = 0; i + width <= tokens.length || (i === 0 && tokens.length > 0); i++) {
      const windowTokens = tokens.slice(i, i + width);
      const score = lcsLength(q, words(windowTokens.join(' '))) / q.length;
      if (!best || score > best.score) best = { n: p.n, excerpt: windowTokens.join(' '), score };
      if (i + width >= tokens.length) break;
    }
  }
  return best;
}
