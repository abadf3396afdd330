// Every URL the site builds is made here, so the site works at the root and
// under a base path (/explainer/) alike, and the URL contract of DESIGN.md lives
// in one place. Other files call these functions; none assembles a URL itself.
import { writeFilterState, type FilterState } from './filter-state.ts';

export function withBase(base: string, path: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return `${b}${path.replace(/^\/+/, '')}`;
}

/** The explainer every claim list and status badge links to, so the build checks it exists. */
export const METHOD_EXPLAINER = 'method';

/** Element ids that URLs point at: the page that renders the target and the link use the same function. */
export const anchors = {
  passage: (n: number) => `p-${n}`,
  event: (id: string) => `event-${id}`,
  term: (id: string) => `term-${id}`,
  /** The first mention of a claim in an explainer. */
  claim: (id: string) => `claim-${id}`,
  /** A claim in an explainer's "claims on this page" list. */
  note: (id: string) => `note-${id}`,
  status: (status: string) => `status-${status}`,
  statuses: () => 'statuses',
  /** A claim's corrections, and one of them (numbered from 1, oldest first). */
  corrections: () => 'corrections',
  correction: (n: number) => `correction-${n}`,
  /** A claim's or an event's updates, and one of them (numbered from 1, oldest first). */
  updates: () => 'updates',
  update: (n: number) => `update-${n}`,
} as const;

const listPage = (list: string, n: number) => (n <= 1 ? list : `${list}page/${n}/`);

export const routes = {
  home: () => '/',
  sources: () => '/sources/',
  source: (id: string) => `/sources/${id}/`,
  passage: (sourceId: string, n: number) => `/sources/${sourceId}/#${anchors.passage(n)}`,
  claims: () => '/claims/',
  claim: (id: string) => `/claims/${id}/`,
  claimImage: (id: string) => `/og/claims/${id}.png`,
  claimsJson: () => '/claims.json',
  /** One correction of a claim, on the claim's page. */
  correction: (id: string, n: number) => `/claims/${id}/#${anchors.correction(n)}`,
  /** One update of a claim, on the claim's page. */
  update: (id: string, n: number) => `/claims/${id}/#${anchors.update(n)}`,
  /** Every correction, newest first. */
  corrections: () => '/corrections/',
  /** Every update and correction of claims and events, newest first. */
  changes: () => '/changes/',
  /** The claim as a card other sites frame, and its oEmbed description. */
  claimEmbed: (id: string) => `/claims/${id}/embed/`,
  claimOembed: (id: string) => `/claims/${id}/oembed.json`,
  /** New claims, updates and corrections (RSS 2.0). */
  feed: () => '/feed.xml',
  /** Written by @astrojs/sitemap. */
  sitemap: () => '/sitemap-index.xml',
  robots: () => '/robots.txt',
  timeline: () => '/timeline/',
  /** An event's permanent address. On a long timeline the event may sit on a later
   * page; /timeline/ then forwards the anchor there (see src/lib/views/event-anchor.ts). */
  event: (id: string) => `/timeline/#${anchors.event(id)}`,
  /** An event on the timeline page that holds it now. */
  eventOnPage: (pagePath: string, id: string) => `${pagePath}#${anchors.event(id)}`,
  /** Which timeline page holds which event, for that forwarding. */
  eventPages: () => '/timeline/event-pages.json',
  explainers: () => '/explainers/',
  explainer: (id: string) => `/explainers/${id}/`,
  method: () => `/explainers/${METHOD_EXPLAINER}/`,
  statuses: () => `/explainers/${METHOD_EXPLAINER}/#${anchors.statuses()}`,
  status: (status: string) => `/explainers/${METHOD_EXPLAINER}/#${anchors.status(status)}`,
  actors: () => '/actors/',
  actor: (id: string) => `/actors/${id}/`,
  glossary: () => '/glossary/',
  term: (id: string) => `/glossary/#${anchors.term(id)}`,
  search: () => '/search/',
  /** The search page with a query and filters (?q=…&type=claim&actor=x). */
  searchFor: (state: Partial<FilterState>) => `/search/${writeFilterState({ q: '', filters: {}, ...state })}`,
  publishedUrls: () => '/published-urls.txt',
  /** Readers' aliases and actors' names, loaded with the first search (see src/pages/search/). */
  searchWords: () => '/search/words.json',
  /** The spelling vocabulary's words that start with one letter (see src/lib/search/spelling.ts letterOf). */
  searchVocabulary: (letter: string) => `/search/vocabulary/${letter}.json`,
  /** Other forms of the sources' words that start with one letter (see src/lib/search/word-forms.ts). */
  searchForms: (letter: string) => `/search/forms/${letter}.json`,
  /** Page n of a paginated list: page 1 is the list's own address, page n is <list>page/<n>/. */
  listPage,
} as const;

/** The claim id a claim URL names ("/claims/x/" → "x"), if it is one. */
export function claimIdOf(path: string): string | undefined {
  return /^\/claims\/([a-z0-9-]+)\/$/.exec(path)?.[1];
}

/** An in-page link to an element id. */
export const fragment = (id: string) => `#${id}`;

/** An absolute URL for sharing: site origin + base + path. */
export function absoluteUrl(site: string, base: string, path: string): string {
  return new URL(withBase(base, path), site).href;
}

/** A result URL with the searched words attached (?highlight=…), before any #fragment. */
export function withHighlight(url: string, words: string[]): string {
  if (!words.length) return url;
  const [path, hash] = url.split('#') as [string, string | undefined];
  const sep = path.includes('?') ? '&' : '?';
  return `${path}${sep}highlight=${encodeURIComponent(words.join(' '))}${hash ? `#${hash}` : ''}`;
}

/**
 * A text fragment (#:~:text=start,end) that scrolls to `exact` in browsers that
 * support it. Long quotes use their first and last five words, which keeps the
 * URL short and still names one passage.
 */
export function textFragment(exact: string): string {
  const enc = (s: string) => encodeURIComponent(s).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');
  const parts = exact.trim().split(/\s+/);
  if (parts.length <= 10) return `#:~:text=${enc(parts.join(' '))}`;
  return `#:~:text=${enc(parts.slice(0, 5).join(' '))},${enc(parts.slice(-5).join(' '))}`;
}

/** The original article, scrolled to the quoted words where the browser supports text fragments. */
export function originalAt(url: string, exact: string): string {
  return `${url}${textFragment(exact)}`;
}
