// The English forms of the sources' words that the sources do not print
// ("refusal", "threat", "spokesmen"), each with the word it stands for
// ("refused", "threatening", "spokesman"; see src/lib/search/word-forms.ts):
// one small file per first letter, loaded only when a typed word is on no
// result, so that a word the sources use in another form is searched as that
// word and never called absent.
import type { APIRoute, GetStaticPaths } from 'astro';
import { sourceWordCounts } from '../../../data/search/indexed-texts.ts';
import { englishWords, wordnet } from '../../../data/search/lexicon.ts';
import { familyOf, formatForms, linkedLemmas, otherForms, pertainymsOf } from '../../../lib/search/word-forms.ts';
import { byLetter } from '../../../lib/search/spelling.ts';
import { memoOnDisk } from '../../../data/disk-memo.ts';
import type { FormsFile } from '../../../lib/search/data.ts';

export const getStaticPaths = (async () => {
  const englishList = await englishWords();
  // Mapped to the words the sources use (not the explainers' own), which is what a search calls found.
  const sourceWords = (await sourceWordCounts()).map(([w]) => w);
  // Some 1.5 s of work (every English form lemmatized), the same for the same words: kept between builds.
  const pairs = memoOnDisk('word-forms', [otherForms, familyOf, linkedLemmas, pertainymsOf], { sourceWords, englishList }, () => [
    ...otherForms(sourceWords, englishList, wordnet()),
  ]);
  const wordOf = new Map(pairs);
  const forms = byLetter(pairs.map(([form]) => form));
  // Every letter and digit has a file, empty or not: a search asks for its typed words' letters, and a missing file is an error in the console.
  const letters = new Set([...'abcdefghijklmnopqrstuvwxyz0123456789', ...forms.keys()]);
  return [...letters].map((letter) => ({ params: { letter }, props: { list: (forms.get(letter) ?? []).map((f): [string, string] => [f, wordOf.get(f)!]) } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const file: FormsFile = { forms: formatForms(props.list as [string, string][]) };
  return new Response(JSON.stringify(file));
};
