// Readers' words for what the articles name otherwise ("AWS" for web hosting,
// "spokesperson" for spokesman, a country for a nationality, "blackmail" for
// the pressure the reports describe). Editors list them under `alsoKnownAs` on
// actors, glossary terms and topics. An actor's or term's alias is searched as
// the entry's own name; a topic's alias sends the rest of the query to the
// topic's claims. Words match by stem: "blackmailed" finds "blackmail".
import { normalizeWords, stem } from './words.ts';

/** One of a reader's words and the name the content uses for the same thing, both normalised. */
export interface ReaderWord {
  phrase: string;
  means: string;
}

export interface NamedEntry {
  name: string;
  alsoKnownAs: string[];
}

/** Every alias of every entry, longest first so "amazon web services" wins over "amazon". */
export function readerWords(entries: NamedEntry[]): ReaderWord[] {
  return entries
    .flatMap((e) => e.alsoKnownAs.map((a) => ({ phrase: normalizeWords(a), means: normalizeWords(e.name) })))
    .filter((w) => w.phrase && w.phrase !== w.means)
    .sort((a, b) => b.phrase.length - a.phrase.length || a.phrase.localeCompare(b.phrase));
}

/**
 * Where the phrase's words occur in the query's words, by stem: their
 * positions, or undefined. Up to `gap` other words may sit between two of the
 * phrase's words: a verb and its particle ("turned amazon down").
 */
function find(tokens: readonly string[], phrase: string, gap = 0): number[] | undefined {
  const want = phrase.split(' ').map(stem);
  for (let i = 0; i < tokens.length; i++) {
    if (stem(tokens[i]!) !== want[0]) continue;
    const at = [i];
    for (const w of want.slice(1)) {
      const from = at[at.length - 1]! + 1;
      const next = tokens.slice(from, from + gap + 1).findIndex((t) => stem(t) === w);
      if (next < 0) break;
      at.push(from + next);
    }
    if (at.length === want.length) return at;
  }
  return undefined;
}

/** Marks a token already expanded, so a later alias does not expand it again; removed at the end. */
const DONE = String.fromCharCode(0);

/**
 * The query with each reader's word replaced by the content's name for it, or
 * undefined when it has none. Whole words only: "eu" does not match "eureka".
 */
export function expandQuery(query: string, words: readonly ReaderWord[]): string | undefined {
  let tokens = normalizeWords(query).split(' ');
  let changed = false;
  for (const w of words) {
    const at = find(tokens, w.phrase)?.[0];
    if (at === undefined) continue;
    // A placeholder keeps a replaced name from being matched again by a shorter alias.
    tokens = [...tokens.slice(0, at), `${DONE}${w.means}`, ...tokens.slice(at + w.phrase.split(' ').length)];
    changed = true;
  }
  return changed ? tokens.join(' ').replaceAll(DONE, '') : undefined;
}

/** A topic named by its readers' words. */
export interface TopicWords {
  id: string;
  phrases: string[];
}

/**
 * The topics a query names by an alias, each with the query's other words. A
 * topic's alias is often a verb phrase, and readers split those ("turned
 * amazon down"): one or two words may sit inside it.
 */
export function topicsIn(query: string, topics: readonly TopicWords[]): { id: string; rest: string }[] {
  const tokens = normalizeWords(query).split(' ');
  return topics.flatMap((t) => {
    // Every alias of the topic found is taken out, longest first: "monopoly probe" names one topic twice.
    const taken = new Set<number>();
    for (const p of [...t.phrases].sort((a, b) => b.length - a.length)) {
      const at = find(
        tokens.map((w, i) => (taken.has(i) ? '\u0000' : w)),
        p,
        2,
      );
      at?.forEach((i) => taken.add(i));
    }
    if (!taken.size) return [];
    return [{ id: t.id, rest: tokens.filter((_, i) => !taken.has(i)).join(' ') }];
  });
}
