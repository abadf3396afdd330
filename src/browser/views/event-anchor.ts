// Forwards /timeline/#event-<id> to the page the event is on now (src/lib/views/event-anchor.ts).
import { eventIdOf, forwardEventAnchor, type EventPages } from '../../lib/views/event-anchor.ts';

/** `mapUrl`: where the event → page map is ([data-event-pages] on the timeline). */
export async function followEventAnchor(doc: Document, mapUrl: string | undefined) {
  const { hash, pathname } = doc.location;
  if (!mapUrl || !eventIdOf(hash) || doc.getElementById(hash.slice(1))) return;
  const pages = (await fetch(mapUrl).then((r) => (r.ok ? r.json() : {}))) as EventPages;
  const target = forwardEventAnchor(hash, (id) => Boolean(doc.getElementById(id)), pages, pathname);
  if (target) doc.location.replace(target);
}
