// Turning what a reader types into what Pagefind should look for. Question
// words ("what did Amazon threaten") would rank pages by how often they say
// "what" and "did": they are dropped, unless nothing else is left.
import { normalizeWords } from './words.ts';

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

export function searchTerms(query: string): string {
  const words = query
    .toLowerCase()
    .replace(/[“”"‘’?!.,;:()]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  // One letter alone ("amazon s" from "Amazon's") finds nothing useful.
  const kept = words.filter((w) => !QUESTION_WORDS.has(w) && (w.length > 1 || /\d/.test(w)));
  return (kept.length ? kept : words).join(' ');
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

/**
 * Queries to try when the words find too little: the words with one left out,
 * for each word (Pagefind needs every word to match, and a reader's word may
 * not be the article's: "buy" where it says "purchased").
 */
export function relaxedQueries(terms: string): string[] {
  const words = terms.split(' ').filter(Boolean);
  if (words.length < 2) return [];
  const dropOne = words.map((_, i) => words.filter((__, k) => k !== i).join(' '));
  // Three words or more: each word alone too, since two may be the reader's own.
  const single = words.length >= 3 ? words.filter((w) => w.length >= 3) : [];
  return [...new Set([...dropOne, ...single])];
}

/** A word still being typed that is shorter than this waits for a longer pause before it is searched. */
const SHORT_PREFIX = 3;
export const PREFIX_PAUSE_MS = 350;
/**
 * A word of SHORT_PREFIX letters still being typed, or any word typed in a
 * burst (keys closer together than this), waits this long: another letter is
 * likely to come, and each prefix searched may load index chunks.
 */
export const NEXT_LETTER_MS = 80;

/**
 * How long to wait after a keystroke before searching what the field holds,
 * given `gapMs` since the keystroke before it. Pagefind matches the last word
 * as a prefix, and a prefix of one or two letters ("k", "ka") matches so many
 * words that, at 10,000 claims, it loads several index chunks the finished
 * word never needs. Such a word is searched only if the reader pauses on it
 * ("eu", "jack ev"); so is a word that starts one of the `heavy` words, whose
 * index chunk is several times the usual size ("kal" or "kalo" on the way to
 * "kalolo"; see heavyWords). A three-letter word ("kar", "law"), or a longer
 * one typed in a burst, waits for the next letter briefly; a space after a
 * word says it is finished. A longer word typed at a reader's pace is
 * searched at once.
 */
export function pauseFor(raw: string, gapMs = Infinity, heavy: readonly string[] = []): number {
  if (/\s$/.test(raw)) return 0;
  const last = normalizeWords(raw).split(' ').pop() ?? '';
  if (!last) return 0;
  if (last.length < SHORT_PREFIX || heavy.some((h) => h.startsWith(last))) return PREFIX_PAUSE_MS;
  return last.length === SHORT_PREFIX || gapMs < NEXT_LETTER_MS ? NEXT_LETTER_MS : 0;
}

/** Milliseconds since the previous call (Infinity the first time): the gap between keystrokes. */
export function keystrokeGaps(): (now: number) => number {
  let last = -Infinity;
  return (now) => {
    const gap = now - last;
    last = now;
    return gap;
  };
}
