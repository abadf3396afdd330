// Other forms of the sources' words. A reader types "refusal", "threat",
// "negotiations" or "spokesmen" where the sources print "refused",
// "threatened", "negotiating" or "spokesman": the same word to a reader, and
// never one the sources "say nothing about". At build time every English word
// form whose lemma shares a word family with a word of the sources (its
// lemmas, the forms WordNet derives from them, the noun an adjective pertains
// to) is mapped to that word; the browser loads the map one first letter at a
// time (/search/forms/<letter>.json), only when a typed word is on no result,
// and searches the sources' word.
import type { Lexicon } from './related-words.ts';
import type { Pos } from './wordnet.ts';

/** WordNet's word-to-word links that keep a family: derived forms ("+") and pertainyms ("\\", privately → private). */
const FAMILY_LINKS = new Set(['+', '\\']);

/** A lemma with its part of speech ("found|v"): "founded" is a form of found (to establish), not of find, whose past is "found". */
const key = (lemma: string, pos: Pos) => `${lemma}|${pos}`;

/**
 * `word`'s lemmas, and every lemma a sense of one of them is derived from or
 * into (all senses: form, not meaning, decides), each with its part of speech.
 */
export function familyOf(word: string, lexicon: Lexicon): Set<string> {
  const out = new Set<string>();
  for (const { lemma, pos } of lexicon.lemmas(word)) {
    out.add(key(lemma, pos));
    for (const linked of linkedLemmas(lemma, pos, lexicon, FAMILY_LINKS)) out.add(linked);
    // English makes verbs of nouns and adjectives with -en (threat → threaten, strength →
    // strengthen); WordNet links some of them, not all.
    const root = pos === 'v' ? /^(.{4,})en$/.exec(lemma)?.[1] : undefined;
    if (root) for (const l of lexicon.lemmas(root)) if (l.lemma === root && l.pos !== 'v') out.add(key(root, l.pos));
  }
  return out;
}

/** The one-word lemmas that `symbols` links reach from any sense of a lemma (form, not meaning, decides), as keys. */
export function linkedLemmas(lemma: string, pos: Pos, lexicon: Lexicon, symbols: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (const offset of lexicon.senses(lemma, pos)) {
    const synset = lexicon.synset(pos, offset);
    const self = synset.words.indexOf(lemma) + 1;
    for (const p of synset.pointers) {
      if (!symbols.has(p.symbol) || p.source !== self) continue;
      const target = lexicon.synset(p.pos, p.offset).words[p.target - 1];
      // One-word lemmas only: a phrase ("turn down") is not a form of a word.
      if (target && !target.includes(' ')) out.push(key(target, p.pos));
    }
  }
  return out;
}

const PERTAINYM = new Set(['\\']);
/** The lemmas an adjective or adverb pertains to ("fully" → full, "national" → nation), as keys. */
export const pertainymsOf = (lemma: string, pos: Pos, lexicon: Lexicon): string[] =>
  pos === 'a' || pos === 'r' ? linkedLemmas(lemma, pos, lexicon, PERTAINYM) : [];

/** The lemma an irregular plural in -men has ("spokesmen" → spokesman), which a lemmatizer may not know. */
const manOf = (form: string) => (form.endsWith('men') ? key(`${form.slice(0, -3)}man`, 'n') : undefined);

/**
 * English word forms (`english`) that share a lemma, in the same part of speech,
 * with the family of a word of the sources (`siteWords`, most frequent first):
 * each mapped to the most frequent such word other than itself. Words under
 * three letters are left out.
 */
export function otherForms(siteWords: readonly string[], english: readonly string[], lexicon: Lexicon): Map<string, string> {
  // Each family lemma's site words, most frequent first.
  const byLemma = new Map<string, string[]>();
  for (const w of siteWords) {
    if (w.length < 3 || /\d/.test(w)) continue;
    for (const lemma of familyOf(w, lexicon)) {
      const words = byLemma.get(lemma);
      if (words) words.push(w);
      else byLemma.set(lemma, [w]);
    }
  }
  const out = new Map<string, string>();
  for (const form of english) {
    if (form.length < 3 || !/^\p{L}+$/u.test(form)) continue;
    // A form's lemmas as the lemmatizer gives them ("refusals" → refusal, noun; "refusal" is its own).
    const lemmas = [...lexicon.lemmas(form).map((l) => key(l.lemma, l.pos)), manOf(form) ?? ''];
    // A word the site prints is mapped too, to another of its family: printed on a page the search shows less
    // (an actor's description), it may be on none of the results a search loads.
    const site =
      lemmas.flatMap((l) => byLemma.get(l) ?? []).find((w) => w !== form) ??
      // A pertainym points one way only (fully → full, specifically → specific): followed from the form too,
      // where it keeps the form's spelling (not legal → law, lunar → moon: a link of meaning, not of form).
      lexicon
        .lemmas(form)
        .flatMap((l) => pertainymsOf(l.lemma, l.pos, lexicon))
        .filter((k) => k.slice(0, 4) === form.slice(0, 4))
        .flatMap((l) => byLemma.get(l) ?? [])
        .find((w) => w !== form);
    if (site) out.set(form, site);
  }
  return out;
}

/** The forms file's field: "form:word" pairs, space-separated (see FormsFile). */
export const formatForms = (forms: Iterable<[string, string]>): string => [...forms].map(([f, w]) => `${f}:${w}`).join(' ');

export function parseForms(field: string | undefined): Map<string, string> {
  const out = new Map<string, string>();
  for (const pair of (field ?? '').split(' ')) {
    const [form, word] = pair.split(':');
    if (form && word) out.set(form, word);
  }
  return out;
}
