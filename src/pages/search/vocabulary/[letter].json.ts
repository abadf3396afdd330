// Every word the search can find, for "Did you mean" (see src/lib/search/spelling.ts):
// the texts that are indexed, plus readers' aliases; one file per first letter,
// with the English words of that letter a slip could be mistaken for, so that
// a real word is never corrected, and the English forms of the sources' words
// ("refusal" for "refused"; see src/lib/search/word-forms.ts) with the word each
// stands for, so that a word the sources use in another form is never called absent.
import type { APIRoute, GetStaticPaths } from 'astro';
import { indexedWordCounts, sourceWordCounts } from '../../../data/search/indexed-texts.ts';
import { englishWords, wordnet } from '../../../data/search/lexicon.ts';
import { familyOf, formatForms, otherForms } from '../../../lib/search/word-forms.ts';
import { byLetter, deletions, englishNear, letterOf } from '../../../lib/search/spelling.ts';
import { memoOnDisk } from '../../../data/disk-memo.ts';
import type { VocabularyFile } from '../../../lib/search/data.ts';

export const getStaticPaths = (async () => {
  const site = byLetter((await indexedWordCounts()).map(([w]) => w));
  const siteWords = [...site.values()].flat();
  const englishList = await englishWords();
  // Some 2.5 s of work, the same for the same words: kept between builds.
  const english = byLetter(memoOnDisk('english-near', [englishNear, deletions], { siteWords, englishList }, () => englishNear(siteWords, englishList)));
  // Some 1.5 s of work (every English form lemmatized), the same for the same words: kept between builds.
  // Mapped to the words the sources use (not the explainers' own), which is what a search calls found.
  const sourceWords = (await sourceWordCounts()).map(([w]) => w);
  const formPairs = memoOnDisk('word-forms', [otherForms, familyOf], { sourceWords, englishList }, () => [...otherForms(sourceWords, englishList, wordnet())]);
  const forms = new Map<string, [string, string][]>();
  for (const pair of formPairs) forms.set(letterOf(pair[0]), [...(forms.get(letterOf(pair[0])) ?? []), pair]);
  // A letter only other forms start with gets a file too: a reader's "threat" looks there.
  const letters = [...new Set([...site.keys(), ...forms.keys()])];
  return letters.map((letter) => ({
    params: { letter },
    props: { words: site.get(letter) ?? [], english: english.get(letter) ?? [], forms: forms.get(letter) ?? [] },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const file: VocabularyFile = {
    words: (props.words as string[]).join(' '),
    english: (props.english as string[]).join(' '),
    forms: formatForms(props.forms as [string, string][]),
  };
  return new Response(JSON.stringify(file));
};
