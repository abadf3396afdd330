// Every word the search can find, for "Did you mean" (see src/lib/search/spelling.ts):
// the texts that are indexed, plus readers' aliases; one file per first letter,
// with the English words of that letter a slip could be mistaken for, so that
// a real word is never corrected.
import type { APIRoute, GetStaticPaths } from 'astro';
import { indexedWordCounts } from '../../../data/search/indexed-texts.ts';
import { englishWords } from '../../../data/search/lexicon.ts';
import { byLetter, deletions, englishNear } from '../../../lib/search/spelling.ts';
import { memoOnDisk } from '../../../data/disk-memo.ts';
import type { VocabularyFile } from '../../../lib/search/data.ts';

export const getStaticPaths = (async () => {
  const site = byLetter((await indexedWordCounts()).map(([w]) => w));
  const siteWords = [...site.values()].flat();
  const englishList = await englishWords();
  // Some 2.5 s of work, the same for the same words: kept between builds.
  const english = byLetter(memoOnDisk('english-near', [englishNear, deletions], { siteWords, englishList }, () => englishNear(siteWords, englishList)));
  return [...site].map(([letter, words]) => ({ params: { letter }, props: { words, english: english.get(letter) ?? [] } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const file: VocabularyFile = { words: (props.words as string[]).join(' '), english: (props.english as string[]).join(' ') };
  return new Response(JSON.stringify(file));
};
