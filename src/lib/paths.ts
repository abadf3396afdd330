// Every internal link is built here, so the site works at the root and under a
// base path (/explainer/) alike, and the URL contract of DESIGN.md lives in one place.

export function withBase(base: string, path: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return `${b}${path.replace(/^\/+/, '')}`;
}

export const routes = {
  home: () => '/',
  sources: () => '/sources/',
  source: (id: string) => `/sources/${id}/`,
  passage: (sourceId: string, n: number) => `/sources/${sourceId}/#p-${n}`,
  claims: () => '/claims/',
  claim: (id: string) => `/claims/${id}/`,
  timeline: () => '/timeline/',
  /** An event's permanent address. On a long timeline the event may sit on a later
   * page; /timeline/ then forwards the anchor there (see src/lib/event-anchor.ts). */
  event: (id: string) => `/timeline/#event-${id}`,
  /** Which timeline page holds which event, for that forwarding. */
  eventPages: () => '/timeline/event-pages.json',
  explainers: () => '/explainers/',
  explainer: (id: string) => `/explainers/${id}/`,
  actors: () => '/actors/',
  actor: (id: string) => `/actors/${id}/`,
  glossary: () => '/glossary/',
  term: (id: string) => `/glossary/#term-${id}`,
  search: () => '/search/',
} as const;

/** An absolute URL for sharing: site origin + base + path. */
export function absoluteUrl(site: string, base: string, path: string): string {
  return new URL(withBase(base, path), site).href;
}
