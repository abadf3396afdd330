// Build-time only: the search records that are not whole pages — every source
// paragraph (so a passage search lands on the passage), every timeline event
// and glossary term. The Pagefind integration indexes them with
// addCustomRecord and removes this file from dist/.
import type { APIRoute } from 'astro';
import { site } from '../data/site.ts';
import { passages } from '../lib/article.ts';
import { routes } from '../lib/paths.ts';
import { formatFuzzyDate } from '../lib/dates.ts';
import { smartQuotes } from '../lib/typography.ts';
import type { SearchRecord } from '../lib/search-records.ts';

export const GET: APIRoute = async () => {
  const { sources, blocksBySource, publisherOf, events, glossary, eventPath } = await site();
  const records: SearchRecord[] = [
    ...sources.flatMap((s) => {
      const publisher = publisherOf(s);
      return passages(blocksBySource.get(s.id) ?? []).map((p) => ({
        url: routes.passage(s.id, p.n),
        content: p.text,
        meta: { title: `${publisher}, paragraph ${p.n}`, context: s.data.title },
        filters: { type: ['source'], source: [s.id], actor: [s.data.publisher.id] },
      }));
    }),
    ...events.map((e) => ({
      url: eventPath(e.id),
      content: `${smartQuotes(e.data.title)}. ${smartQuotes(e.data.summary)}`,
      meta: { title: smartQuotes(e.data.title), context: formatFuzzyDate(e.data.when) },
      filters: { type: ['event'], actor: e.data.actors.map((a) => a.id) },
    })),
    ...glossary.map((t) => ({
      url: routes.term(t.id),
      content: `${t.data.term}. ${smartQuotes(t.data.definition)}`,
      meta: { title: t.data.term, context: 'Glossary' },
      filters: { type: ['term'] },
    })),
  ];
  return new Response(JSON.stringify(records));
};
