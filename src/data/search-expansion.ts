// What each claim is indexed with beyond its own words (see lib/related-words.ts):
// the readers' names of its actors and topics (`alsoKnownAs` in content/, for
// what no lexicon knows: "AWS", "the Journal"), and WordNet's related words
// for its statement, quotes and topic titles. Built once per build.
import type { ClaimView } from './site.ts';
import { expansionOf } from '../lib/related-words.ts';
import { functionWords, wordnet } from './lexicon.ts';

/** WordNet senses followed per lemma: the first two hold most everyday uses (tuned on the tune half of the blind queries). */
const SENSES = 2;

/** Pagefind weights (body text is 1): a reader's name for an actor is nearly as sure as the text, a related word much less. */
export const NAMES_WEIGHT = 2;
export const RELATED_WEIGHT = 0.3;

export interface ClaimExpansion {
  /** Readers' names for the claim's actors and topics. */
  names: string[];
  /** Related words, none of them in the claim's own text. */
  related: string[];
}

const cache = new Map<string, ClaimExpansion>();

export function claimExpansion(claim: ClaimView): ClaimExpansion {
  let e = cache.get(claim.id);
  if (!e) {
    const names = [...new Set([...claim.actors.flatMap((a) => a.data.alsoKnownAs), ...claim.topics.flatMap((t) => t.data.alsoKnownAs)])];
    const text = [claim.statement, ...claim.evidence.map((q) => q.quote), ...claim.topics.map((t) => t.data.title)].join(' ');
    e = { names, related: expansionOf(`${text} ${names.join(' ')}`, wordnet(), { senses: SENSES, skip: functionWords() }) };
    cache.set(claim.id, e);
  }
  return e;
}
