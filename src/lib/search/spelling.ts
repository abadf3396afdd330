// "Did you mean": the words of the site (every indexed text plus readers'
// aliases), most frequent first, and the closest of them to a word a reader
// mistyped. Built at build time in one file per first letter, so a search
// loads only the letters of the words it could not find (a slip rarely hits
// the first letter, and the whole vocabulary of a large story is many KB).
import { editDistance, normalizeWords } from '../content/words.ts';

/** Words worth correcting to: letters and digits, three or more, in the search's normal form. */
export function wordsOf(text: string): string[] {
  return normalizeWords(text)
    .split(' ')
    .filter((w) => w.length >= 3);
}

/** Every word of the texts with how often it occurs, most frequent first (ties alphabetical, so builds are stable). */
export function wordCounts(texts: Iterable<string>): [string, number][] {
  const counts = new Map<string, number>();
  for (const t of texts) for (const w of wordsOf(t)) counts.set(w, (counts.get(w) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}

/** The file a word's letter lives in: its first character (a–z, 0–9), or its code point for any other letter. */
export function letterOf(word: string): string {
  const c = word[0] ?? '';
  return /[a-z0-9]/.test(c) ? c : `u${c.codePointAt(0)?.toString(16) ?? ''}`;
}

/** The vocabulary cut by first letter, each part still most frequent first. */
export function byLetter(words: readonly string[]): Map<string, string[]> {
  const parts = new Map<string, string[]>();
  for (const w of words) {
    const k = letterOf(w);
    const part = parts.get(k);
    if (part) part.push(w);
    else parts.set(k, [w]);
  }
  return parts;
}

export interface Vocabulary {
  /** Most frequent first. */
  words: readonly string[];
  known: ReadonlySet<string>;
  /** English words a slip could be taken for (see englishNear): real words, not slips. */
  english: ReadonlySet<string>;
}

export const vocabulary = (words: readonly string[], english: readonly string[] = []): Vocabulary => ({
  words,
  known: new Set(words),
  english: new Set(english),
});

/**
 * The closest word within distance 2 (1 for words under 5 letters). Among
 * equally close words, one of the same length (a slip of one key, two keys
 * swapped) beats an added or dropped letter, then the more frequent wins.
 */
export function closestWord(word: string, v: Vocabulary): string | undefined {
  const max = word.length < 5 ? 1 : 2;
  let best: string[] = [];
  let bestD = max + 1;
  for (const w of v.words) {
    const d = editDistance(word, w, bestD);
    if (d < bestD) {
      best = [w];
      bestD = d;
    } else if (d === bestD && d <= max) best.push(w);
  }
  return best.find((w) => w.length === word.length) ?? best[0];
}

/**
 * The most frequent word a short form stands for: one that keeps its letters
 * in order with the same first and last letter, and is longer by at least two
 * ("govt" for government, "cmnt" for comment, "tstat" for thermostat).
 */
export function expandShortForm(word: string, v: Vocabulary): string | undefined {
  const last = word[word.length - 1];
  return v.words.find((w) => w.length >= word.length + 2 && w[0] === word[0] && w[w.length - 1] === last && isSubsequence(word, w));
}

function isSubsequence(short: string, long: string): boolean {
  let i = 0;
  for (const c of long) if (c === short[i]) i++;
  return i === short.length;
}

/** A fragment this long or longer, one slip from the start of a word, is taken for that word (see startsWithSlip). */
const SLIPPED_FRAGMENT = 5;

/**
 * The most frequent word whose start is one slip from `fragment`, a word
 * still being typed ("praoct" for proactive, "reegulat" for regulators): same
 * first letter, a start of the fragment's length give or take one, and longer
 * than the fragment.
 */
export function startsWithSlip(fragment: string, v: Vocabulary): string | undefined {
  if (fragment.length < SLIPPED_FRAGMENT) return undefined;
  const n = fragment.length;
  return v.words.find(
    (w) => w.length > n && w[0] === fragment[0] && [n - 1, n, n + 1].some((k) => k < w.length && editDistance(fragment, w.slice(0, k), 1) <= 1),
  );
}

/**
 * The query with each unknown word replaced by the most frequent word it
 * begins ("recommendat", cut short), else its closest word one slip away,
 * else the word it is a short form of, else the word whose start it is with
 * one slip ("praoct"), else its closest word two slips away;
 * or undefined if nothing changes. A real English word is a slip only with
 * `english` (for a correction offered, never applied). With `only`, only
 * those words are corrected (the ones no page holds).
 */
export function correctQuery(terms: string, v: Vocabulary, o: { english?: boolean; only?: readonly string[] } = {}): string | undefined {
  let changed = false;
  // In the same normal form as the words compared with them (accents, apostrophes, hyphens gone).
  const only = o.only && new Set(o.only.map((w) => wordsOf(w).join('')));
  const joined = joinSplitWords(terms.split(' '), v, only);
  if (joined) {
    changed = true;
    terms = joined.join(' ');
  }
  const out = terms.split(' ').map((word) => {
    const w = wordsOf(word).join('');
    if (!w || w.length < 4 || /\d/.test(w) || v.known.has(w) || (!o.english && v.english.has(w))) return word;
    // Words the pages hold are not looked up: their letters' vocabulary may not even be loaded.
    if (only && !only.has(w)) return word;
    const near = closestWord(w, v);
    const fix =
      v.words.find((k) => k.startsWith(w)) ?? (near && editDistance(w, near, 2) <= 1 ? near : (expandShortForm(w, v) ?? startsWithSlip(w, v) ?? near));
    if (!fix) return word;
    changed = true;
    return fix;
  });
  return changed ? out.join(' ') : undefined;
}

/** A word split in two this long or longer, joined, is taken for the site word it is (see joinSplitWords). */
const JOINED_MIN = 6;

/**
 * The words with each pair a reader split apart joined, where one of the two
 * is unknown (in `only`, when given): "pro active" for proactive, "echo bee"
 * for ecobee (joined, one slip away). Undefined when no pair joins.
 */
export function joinSplitWords(words: readonly string[], v: Vocabulary, only?: ReadonlySet<string>): string[] | undefined {
  const out: string[] = [];
  let joinedAny = false;
  for (let i = 0; i < words.length; i++) {
    const [a, b] = [words[i]!, words[i + 1]];
    const unknown = (w: string) => (only ? only.has(w) : !v.known.has(w));
    const both = b === undefined ? '' : a + b;
    const fix =
      both.length >= JOINED_MIN && /^[a-z]+$/.test(both) && (unknown(a) || unknown(b!)) ? (v.known.has(both) ? both : closestWithin(both, v, 1)) : undefined;
    if (fix) {
      out.push(fix);
      joinedAny = true;
      i++;
    } else out.push(a);
  }
  return joinedAny ? out : undefined;
}

/** The closest word at most `max` slips away, if any (see closestWord). */
function closestWithin(word: string, v: Vocabulary, max: number): string | undefined {
  const near = closestWord(word, v);
  return near !== undefined && editDistance(word, near, max) <= max ? near : undefined;
}

/** The strings `word` becomes with up to `n` letters deleted (itself included). */
export function deletions(word: string, n: number): Set<string> {
  let level = new Set([word]);
  const all = new Set(level);
  for (let k = 0; k < n; k++) {
    const next = new Set<string>();
    for (const w of level) for (let i = 0; i < w.length; i++) next.add(w.slice(0, i) + w.slice(i + 1));
    next.forEach((w) => all.add(w));
    level = next;
  }
  return all;
}

/**
 * The English words that correctQuery could change into a site word: those
 * a site word starts with, or that share a two-letter deletion with one
 * (every pair within two edits does). They are what the browser must know to
 * leave a real word alone; the rest of English is too far from every site
 * word to be changed. Site words themselves are left out.
 */
export function englishNear(siteWords: readonly string[], english: Iterable<string>): string[] {
  const site = new Set(siteWords);
  const keys = new Set<string>();
  const prefixes = new Set<string>();
  for (const w of siteWords) {
    deletions(w, 2).forEach((d) => keys.add(d));
    for (let i = 4; i < w.length; i++) prefixes.add(w.slice(0, i));
  }
  const out: string[] = [];
  for (const e of english) {
    if (e.length < 4 || site.has(e) || /[^a-z]/.test(e)) continue;
    if (prefixes.has(e) || [...deletions(e, 2)].some((d) => keys.has(d))) out.push(e);
  }
  return out;
}
