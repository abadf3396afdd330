// Whether a copy stops before its article does: its last words end mid-word
// ("…receiving Alexa certificat") or mid-sentence. Readers are then told that
// the copy ends there, as received.

/** What the importer knows of English words (the CLI reads them from `word-list`). */
export interface Words {
  has(word: string): boolean;
  /** Whether some word starts with these letters. */
  hasPrefix(start: string): boolean;
}

export interface CutOff {
  how: 'mid-word' | 'mid-sentence';
  /** The copy's last few words, for the note readers see. */
  tail: string;
}

/** A sentence's end: a full stop, question or exclamation mark or ellipsis, then any closing quotes or brackets. */
const ENDED = /[.!?…]["'”’»)\]]*$/;

/** How a copy whose last passage is `last` was cut off, or undefined when it ends with a sentence. */
export function cutOff(last: string | undefined, words?: Words): CutOff | undefined {
  const text = (last ?? '').trim();
  if (!text || ENDED.test(text)) return undefined;
  const tail = text.split(/\s+/).slice(-5).join(' ');
  const word = /(\p{L}+)$/u.exec(text)?.[1]?.toLowerCase();
  const midWord = word !== undefined && words !== undefined && word.length > 1 && !words.has(word) && words.hasPrefix(word);
  return { how: midWord ? 'mid-word' : 'mid-sentence', tail };
}

/** The note a source records for a cut-off copy, as readers read it. */
export function cutOffNote({ how, tail }: CutOff): string {
  return `The copy received ends ${how} (“…${tail}”); the rest of the article is not archived here.`;
}

/** Words from a sorted list: a set for lookups, binary search for prefixes. */
export function wordsFrom(sorted: readonly string[]): Words {
  const set = new Set(sorted);
  return {
    has: (w) => set.has(w),
    hasPrefix(start) {
      let lo = 0;
      let hi = sorted.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (sorted[mid]! < start) lo = mid + 1;
        else hi = mid;
      }
      return lo < sorted.length && sorted[lo]!.startsWith(start);
    },
  };
}
