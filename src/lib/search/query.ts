// Turning what a reader types into what Pagefind should look for. Question
// words ("what did Amazon threaten") would rank pages by how often they say
// "what" and "did": they are dropped, unless nothing else is left.
import { editDistance, normalizeWords } from '../content/words.ts';

const QUESTION_WORDS = new Set([
  'a',
  'an',
  'the',
  'and',
  'or',
  'of',
  'to',
  'in',
  'on',
  'for',
  'with',
  'about',
  'from',
  'by',
  'at',
  'what',
  'which',
  'who',
  'whom',
  'whose',
  'why',
  'how',
  'when',
  'where',
  'did',
  'does',
  'do',
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'has',
  'have',
  'had',
  'can',
  'could',
  'would',
  'should',
  'will',
  'it',
  'its',
  'that',
  'this',
  'there',
  'their',
  'they',
  'i',
  'me',
  'my',
  'we',
  'us',
  'you',
  'your',
  'any',
  'some',
  'if',
  'so',
]);

/**
 * A possessive is its noun, whichever apostrophe is typed: "amazon's" and
 * "amazon’s" are amazon, "customers'" is customers. An apostrophe between
 * letters stays ("won't" is not "won"; see CONTRACTION).
 */
const withoutPossessives = (text: string): string =>
  text
    .replace(/(\p{L})['’]s(?!\p{L})/gu, '$1')
    .replace(/(\p{L}s)['’](?!\p{L})/gu, '$1')
    // An apostrophe not between letters (a possessive still being typed: "amazon'") is no part of a word.
    .replace(/(?<!\p{L})['’]|['’](?!\p{L})/gu, ' ');

/** Contractions ("won't", "doesn't", "i'm", "they've"): function words, whichever apostrophe, searched by nothing. */
const CONTRACTION = /(?<!\p{L})\p{L}+(n['’]t|['’](re|ve|ll|d|m))(?!\p{L})/gu;

export function searchTerms(query: string): string {
  const words = withoutPossessives(query.toLowerCase())
    .replace(CONTRACTION, ' ')
    .replace(/[“”"‘’?!.,;:()]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  // One letter alone ("amazon s" from "Amazon's") finds nothing useful.
  const kept = words.filter((w) => !QUESTION_WORDS.has(w) && (w.length > 1 || /\d/.test(w)));
  return (kept.length ? kept : words).join(' ');
}

/**
 * The query as typed, lower case, possessives as their nouns, with each word of
 * `swaps` replaced where it stands whole: a word searched in another spelling
 * or form keeps the question around it ("why did ecobe say no" is still a "why").
 */
export function swapWords(query: string, swaps: ReadonlyMap<string, string>): string {
  const lower = withoutPossessives(query.toLowerCase());
  if (!swaps.size) return lower;
  const escaped = [...swaps.keys()].map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  // One pass: a word swapped in is never swapped again.
  // Whole words only: not inside a contraction ("won't") or a word of parts ("ecobe-amazon").
  return lower.replace(new RegExp(`(?<![\\p{L}\\p{N}'’-])(?:${escaped.join('|')})(?![\\p{L}\\p{N}'’-])`, 'gu'), (w) => swaps.get(w) ?? w);
}

/**
 * The query with its search terms replaced position by position by `fixed`
 * (the same terms corrected), the question kept; the corrected terms alone
 * when a word could not be found as typed (an accent the terms lost).
 */
export function withFixedTerms(query: string, fixed: string): string {
  const to = fixed.split(' ');
  // Two words the correction joined ("echo bee": ecobee) are joined in the question first: then word for word.
  const joined = joinedAsFixed(query, to);
  if (searchTerms(joined).split(' ').length === to.length && joined !== query) return withFixedTerms(joined, fixed);
  const terms = searchTerms(query).split(' ');
  if (terms.length !== to.length) return fixed;
  const swapped = swapWords(query, new Map(terms.flatMap((t, i) => (t !== to[i] ? [[t, to[i]!] as const] : []))));
  return searchTerms(swapped) === fixed ? swapped : fixed;
}

/**
 * The query with the first two neighbouring terms that `to` has as one word
 * (their join at most one slip from it, where `to` is a term short) written
 * together; the query itself when there are none.
 */
function joinedAsFixed(query: string, to: readonly string[]): string {
  const terms = searchTerms(query).split(' ');
  if (terms.length !== to.length + 1) return query;
  const at = terms.findIndex((t, i) => i < to.length && t !== to[i] && terms[i + 1] !== undefined && editDistance(t + terms[i + 1], to[i]!, 1) <= 1);
  if (at < 0) return query;
  const [a, b] = [terms[at]!, terms[at + 1]!].map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return withoutPossessives(query.toLowerCase()).replace(
    new RegExp(`(?<![\\p{L}\\p{N}'’-])${a}\\s+${b}(?![\\p{L}\\p{N}'’-])`, 'u'),
    terms[at]! + terms[at + 1]!,
  );
}

/**
 * The corrected terms as the reader typed them: `searched` (the terms searched,
 * some swapped for the sources' forms) corrected into `fixed`; where a term was
 * not corrected, the reader's own term (`typed`) stands. Terms are word for word.
 */
export function correctedAsTyped(typed: string, searched: string, fixed: string): string {
  const [t, s, f] = [typed.split(' '), searched.split(' '), fixed.split(' ')];
  if (t.length !== f.length || s.length !== f.length) return fixed;
  return f.map((w, i) => (w === s[i] ? t[i]! : w)).join(' ');
}

/** The words to highlight on the page a result opens. */
export function highlightWords(query: string): string[] {
  return [
    ...new Set(
      searchTerms(query)
        .split(' ')
        .filter((w) => w.length > 1),
    ),
  ];
}

/** A word still being typed that is shorter than this waits for a pause before it is searched. */
const SHORT_PREFIX = 3;
export const PREFIX_PAUSE_MS = 350;

/**
 * How long to wait after a keystroke before searching `raw`, what the field
 * holds. Pagefind matches the last word as a prefix and loads, for each word,
 * the one index chunk its spelling falls in. A prefix of one or two letters
 * ("k", "ka") matches too much to be worth showing, and a prefix of a `heavy`
 * word ("kal", "kalo" on the way to "kalolo"; see heavyWords) falls in the
 * chunk that word ends, often one the finished word does not need and, for
 * the most frequent words, several times the usual size. Such a word is
 * searched only if the reader pauses on it ("eu", "jack ev"); any other word
 * is searched at once, at any typing speed, and a space after a word says it
 * is finished.
 */
export function pauseFor(raw: string, heavy: readonly string[] = []): number {
  if (/\s$/.test(raw)) return 0;
  const last = normalizeWords(raw).split(' ').pop() ?? '';
  if (!last) return 0;
  return last.length < SHORT_PREFIX || heavy.some((h) => h.startsWith(last)) ? PREFIX_PAUSE_MS : 0;
}
