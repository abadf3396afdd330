// Readers' aliases and actors' names for the search, and the words so frequent
// that a word in progress waits before it is searched (see src/lib/search-data.ts).
import type { APIRoute } from 'astro';
import { site } from '../../data/site.ts';
import { indexedWordCounts } from '../../data/indexed-texts.ts';
import { heavyWords, searchWords } from '../../lib/search-data.ts';

export const GET: APIRoute = async () => {
  const { actors, glossary, topics } = await site();
  const words = searchWords(
    actors.map((a) => ({ id: a.id, name: a.data.name, alsoKnownAs: a.data.alsoKnownAs })),
    glossary.map((t) => ({ id: t.id, name: t.data.term, alsoKnownAs: t.data.alsoKnownAs })),
    topics.map((t) => ({ id: t.id, name: t.data.title, alsoKnownAs: t.data.alsoKnownAs })),
    heavyWords(await indexedWordCounts()),
  );
  return new Response(JSON.stringify(words));
};
