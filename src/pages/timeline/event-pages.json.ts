// /timeline/event-pages.json: event id → the timeline page it is on, read only
// when a shared /timeline/#event-<id> link lands on a page without that anchor.
import type { APIRoute } from 'astro';
import { site } from '../../data/site.ts';
import { href } from '../../lib/site/url.ts';

export const GET: APIRoute = async () => {
  const { events, eventPage } = await site();
  const pages = Object.fromEntries(events.map((e) => [e.id, href(eventPage(e.id))]));
  return new Response(JSON.stringify(pages), { headers: { 'Content-Type': 'application/json' } });
};
