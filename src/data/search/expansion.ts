// What each claim is indexed with beyond its own words (see lib/search/related-words.ts
// and lib/search/word-vectors.ts): the readers' names of its actors and topics
// (`alsoKnownAs` in content/, for what no lexicon knows: "AWS", "the Journal"),
// WordNet's related words for its statement, quotes and topic titles, and the
// everyday words the sources never use whose vectors lie closest to theirs.
// Built once per build; the reader's browser loads none of the resources.
import type { ClaimView } from '../site.ts';
import { contentWords, expansionOf } from '../../lib/search/related-words.ts';
import { linkWords } from '../../lib/search/word-vectors.ts';
import { commonEnglish, functionWords, wordnet } from './lexicon.ts';
import { vectorsId, wordVectors } from './word-vectors.ts';
import { memoOnDisk } from '../disk-memo.ts';
import { indexedWordCounts } from './indexed-texts.ts';

/** WordNet senses followed per lemma: the first two hold most everyday uses (tuned on the tune half of the blind queries). */
const SENSES = 2;

/** Pagefind weights (body text is 1): a reader's name for an actor is nearly as sure as the text, a related word much less, a word used alike less still. */
const NAMES_WEIGHT = 2;
const RELATED_WEIGHT = 0.3;
const SIMILAR_WEIGHT = 0.2;

/** A reader's vocabulary: the most frequent words of everyday English (SUBTLEX-US), where the words linked to the sources' are chosen. */
const READER_VOCABULARY = 30_000;
/**
 * Each word of the claims takes its 8 closest reader words, and each reader word goes to its one closest word
 * of the claims, if their vectors' cosine is 0.6 or more (chosen on the tune half of the blind queries).
 */
const LINKS = { min: 0.6, perSiteWord: 8, perReaderWord: 1 };

/** Words a claim is found by but does not show, with the Pagefind weight they are indexed at. */
export interface WordGroup {
  words: string[];
  weight: number;
}

const textOf = (claim: ClaimView) => [claim.statement, ...claim.evidence.map((q) => q.quote), ...claim.topics.map((t) => t.data.title)].join(' ');

/**
 * The reader words that stand for each word of the claims, worked out once a build for all claims'
 * words together. Only words no indexed text uses are linked: a word the sources use finds its own pages.
 */
let links: Promise<Map<string, string[]>> | undefined;
function linksFor(claims: readonly ClaimView[]): Promise<Map<string, string[]>> {
  links ??= indexedWordCounts().then((counts) => {
    const used = new Set(counts.map(([w]) => w));
    const stop = functionWords();
    const readers = commonEnglish()
      .slice(0, READER_VOCABULARY)
      .filter((w) => w.length > 2 && !stop.has(w) && !used.has(w));
    const words = [...new Set(claims.flatMap((c) => contentWords(textOf(c), stop)))];
    // Some 3 s of work, the same for the same words: kept between builds.
    const linked = memoOnDisk('word-links', [linkWords], { vectors: vectorsId(), words, readers, LINKS }, () => {
      const t = wordVectors();
      const rows = readers.map((w) => t.index.get(w) ?? -1).filter((i) => i >= 0);
      return [...linkWords(t, words, Int32Array.from(rows), LINKS)];
    });
    return new Map(linked);
  });
  return links;
}

const cache = new Map<string, WordGroup[]>();

/** A claim's hidden words, strongest first: readers' names of its actors and topics, WordNet's related words, linked words. */
export async function claimExpansion(claim: ClaimView, all: readonly ClaimView[]): Promise<WordGroup[]> {
  let groups = cache.get(claim.id);
  if (!groups) {
    const names = [...new Set([...claim.actors.flatMap((a) => a.data.alsoKnownAs), ...claim.topics.flatMap((t) => t.data.alsoKnownAs)])];
    const stop = functionWords();
    const text = textOf(claim);
    const own = contentWords(text, stop);
    const related = expansionOf(`${text} ${names.join(' ')}`, wordnet(), { senses: SENSES, skip: stop });
    const linked = await linksFor(all);
    const taken = new Set([...own, ...related]);
    const similar = [...new Set(own.flatMap((w) => linked.get(w) ?? []))].filter((w) => !taken.has(w));
    groups = [
      { words: names, weight: NAMES_WEIGHT },
      { words: related, weight: RELATED_WEIGHT },
      { words: similar, weight: SIMILAR_WEIGHT },
    ].filter((g) => g.words.length);
    cache.set(claim.id, groups);
  }
  return groups;
}
