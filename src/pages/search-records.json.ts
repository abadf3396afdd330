// Build-time only: the search records that are not pages — every timeline
// event, each with its own actors to filter by (a timeline page holds many).
// Source passages and glossary terms are not records: their pages are indexed
// whole and split into one result per passage or term (data-pagefind-title).
// The Pagefind integration indexes these with addCustomRecord and removes this
// file from dist/.
import type { APIRoute } from 'astro';
import { site } from '../data/site.ts';
import { formatFuzzyDate } from '../lib/content/dates.ts';
import { smartQuotes } from '../lib/content/typography.ts';
import type { SearchRecord } from '../lib/search/records.ts';

export const GET: APIRoute = async () => {
  const { events, eventPath } = await site();
  const records: SearchRecord[] = [
    ...events.map((e) => ({
      url: eventPath(e.id),
      content: `${smartQuotes(e.data.title)}. ${smartQuotes(e.data.summary)}`,
      meta: { title: smartQuotes(e.data.title), context: formatFuzzyDate(e.data.when) },
      filters: { type: ['event'], actor: e.data.actors.map((a) => a.id) },
    })),
  ];
  return new Response(JSON.stringify(records));
};
