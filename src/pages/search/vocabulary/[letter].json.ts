// Every word the search can find, for "Did you mean" (see src/lib/spelling.ts):
// the texts that are indexed, plus readers' aliases; one file per first letter.
import type { APIRoute, GetStaticPaths } from 'astro';
import { indexedWordCounts } from '../../../data/indexed-texts.ts';
import { byLetter } from '../../../lib/spelling.ts';
import type { VocabularyFile } from '../../../lib/search-data.ts';

export const getStaticPaths = (async () =>
  [...byLetter((await indexedWordCounts()).map(([w]) => w))].map(([letter, words]) => ({ params: { letter }, props: { words } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const file: VocabularyFile = { words: (props.words as string[]).join(' ') };
  return new Response(JSON.stringify(file));
};
