// Document expansion: the words a reader may use for what a text says, from
// WordNet. Each content word of the text is taken to its lemmas ("sold" → sell),
// and for the few most frequent senses of each the synset's other words
// (refuse → decline, reject), the forms derived from that very word (refuse →
// refusal), what it is a kind or an instance of (thermostat → regulator;
// Canada → North American nation), the noun an adjective pertains to
// (Canadian → Canada) and adjectives of like meaning. The search indexes them
// at a low weight beside the text, so a reader's word meets a claim that never
// uses it, and the reader's browser loads no lexicon.
import type { Pos, Synset } from './wordnet.ts';
import { normalizeWords } from '../content/words.ts';

export interface Lexicon {
  /** The lemmas a word form may be, each with its part of speech ("said" → say, verb). */
  lemmas(word: string): { lemma: string; pos: Pos }[];
  /** A lemma's synsets for one part of speech, most frequent sense first. */
  senses(lemma: string, pos: Pos): number[];
  synset(pos: Pos, offset: number): Synset;
}

export interface ExpansionOptions {
  /** How many of a lemma's senses are followed, most frequent first: later senses are mostly other meanings (refuse, noun: garbage). */
  senses: number;
  /** Words never added (function words: they carry no meaning of their own). */
  skip: ReadonlySet<string>;
}

/** Whole-synset relations followed: what a thing is a kind or instance of, adjectives similar in meaning, the attribute an adjective values. */
const SYNSET_LINKS = new Set(['@', '@i', '&', '=']);
/** Word-to-word relations followed: derived forms and the noun an adjective pertains to. */
const WORD_LINKS = new Set(['+', '\\']);

/** The words related to one word, itself excluded, normalised and split into single words. */
export function relatedTo(word: string, lexicon: Lexicon, options: ExpansionOptions): Set<string> {
  const out = new Set<string>();
  const add = (phrase: string) => {
    for (const w of normalizeWords(phrase).split(' ')) if (w.length > 1 && !options.skip.has(w)) out.add(w);
  };
  for (const { lemma, pos } of lexicon.lemmas(word)) {
    add(lemma);
    for (const offset of lexicon.senses(lemma, pos).slice(0, options.senses)) {
      const synset = lexicon.synset(pos, offset);
      synset.words.forEach(add);
      const self = synset.words.indexOf(lemma) + 1;
      for (const p of synset.pointers) {
        if (SYNSET_LINKS.has(p.symbol) && p.source === 0) lexicon.synset(p.pos, p.offset).words.forEach(add);
        else if (WORD_LINKS.has(p.symbol) && p.source === self) {
          const target = lexicon.synset(p.pos, p.offset).words[p.target - 1];
          if (target) add(target);
        }
      }
    }
  }
  out.delete(word);
  return out;
}

/** A text's distinct words of three letters or more, no digits, none of `skip`, first seen first. */
export const contentWords = (text: string, skip: ReadonlySet<string>): string[] =>
  [...new Set(normalizeWords(text).split(' '))].filter((w) => w.length > 2 && !skip.has(w) && !/\d/.test(w));

/**
 * The words related to a text's words that the text does not hold itself,
 * in a stable order (first seen first), for the search index.
 */
export function expansionOf(text: string, lexicon: Lexicon, options: ExpansionOptions): string[] {
  const words = contentWords(text, options.skip);
  const own = new Set(words);
  const out = new Set<string>();
  for (const w of [...words, ...collocations(text, lexicon)]) for (const r of relatedTo(w, lexicon, options)) if (!own.has(r)) out.add(r);
  return [...out];
}

/**
 * The two-word lemmas WordNet lists that a text holds, a verb's first word in
 * any form ("stepped in" → step in, "turned down" → turn down): their related
 * words are not their words' (step in → intervene; turn down → reject).
 */
export function collocations(text: string, lexicon: Lexicon): string[] {
  const tokens = normalizeWords(text).split(' ');
  const out = new Set<string>();
  for (let i = 0; i + 1 < tokens.length; i++) {
    for (const first of new Set([tokens[i]!, ...lexicon.lemmas(tokens[i]!).map((l) => l.lemma)])) {
      const phrase = `${first} ${tokens[i + 1]}`;
      if (lexicon.lemmas(phrase).length) out.add(phrase);
    }
  }
  return [...out];
}
