// Readers' aliases and actors' names for the search, the words so frequent
// that a word in progress waits before it is searched, and the word knowledge
// the ranking needs: everyday English's commonest words and its function words
// (see src/lib/search/data.ts and src/lib/search/score.ts).
import type { APIRoute } from 'astro';
import { site } from '../../data/site.ts';
import { indexedWordCounts } from '../../data/search/indexed-texts.ts';
import { commonEnglish, functionWords } from '../../data/search/lexicon.ts';
import { heavyWords, searchWords } from '../../lib/search/data.ts';
import { COMMON_RANK } from '../../lib/search/score.ts';
import { quotesActor } from '../../lib/search/intent.ts';
import { normalizeWords } from '../../lib/content/words.ts';

export const GET: APIRoute = async () => {
  const { actors, glossary, claims, events, sources, explainers } = await site();
  const words = searchWords(
    actors.map((a) => ({
      id: a.id,
      name: a.data.name,
      alsoKnownAs: a.data.alsoKnownAs,
      unnamed: a.data.unnamed,
      kind: a.data.kind,
      // Whether any claim gives their words: "what did X say" of an actor none quotes is told so.
      quoted: claims.some((c) =>
        quotesActor(
          { id: a.id, phrases: [a.data.name, ...a.data.alsoKnownAs].map(normalizeWords) },
          {
            status: c.status,
            actors: c.actors.map((x) => x.id),
            statement: c.statement,
            // Who a claim or one of its quotes is marked as quoting.
            quoting: [...(c.entry.data.attribution ?? []), ...c.entry.data.evidence.flatMap((e) => e.attribution ?? [])]
              .filter((l) => l.as === 'quoting')
              .map((l) => l.actor.id),
          },
        ),
      ),
    })),
    glossary.map((t) => ({ id: t.id, name: t.data.term, alsoKnownAs: t.data.alsoKnownAs })),
    {
      heavy: heavyWords(await indexedWordCounts()),
      common: commonEnglish()
        .filter((w) => /^[a-z]+$/.test(w))
        .slice(0, COMMON_RANK),
      stop: [...functionWords()],
      // Pages the index holds: one per claim, source, explainer and actor, the glossary, and each event's record.
      pages: claims.length + events.length + sources.length + explainers.length + actors.length + 1,
    },
  );
  return new Response(JSON.stringify(words));
};
