// A shared event link is /timeline/#event-<id> for good, but a long timeline
// paginates, and as events are added an event moves to later pages. A timeline
// page that lacks the anchor asks /timeline/event-pages.json where it went.

export type EventPages = Record<string, string>;

/** The id an address's fragment names, if it names an event. */
export function eventIdOf(hash: string): string | undefined {
  const m = /^#event-([a-z0-9-]+)$/.exec(hash);
  return m?.[1];
}

/**
 * Where to go for `hash`, or undefined to stay: the anchor is on this page, the
 * fragment is not an event's, or the event is unknown. `pages` holds page paths
 * as the site links them (base path included).
 */
export function forwardEventAnchor(hash: string, onThisPage: (id: string) => boolean, pages: EventPages, currentPath: string): string | undefined {
  const id = eventIdOf(hash);
  if (!id || onThisPage(`event-${id}`)) return undefined;
  const page = pages[id];
  if (!page || page === currentPath) return undefined;
  return `${page}${hash}`;
}
