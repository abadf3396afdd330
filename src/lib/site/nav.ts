// Names and navigation shared by every page.
import { routes } from './paths.ts';

export interface NavItem {
  label: string;
  path: string;
  /** Left out of the phone header, where the site name already links there. */
  wideOnly?: boolean;
}

export const NAV: NavItem[] = [
  { label: 'Story', path: routes.home(), wideOnly: true },
  { label: 'Timeline', path: routes.timeline() },
  { label: 'Explainers', path: routes.explainers() },
  { label: 'Claims', path: routes.claims() },
  { label: 'Sources', path: routes.sources() },
];

/** Secondary links, in the footer. */
const MORE: NavItem[] = [
  { label: 'Who is who', path: routes.actors() },
  { label: 'Glossary', path: routes.glossary() },
  { label: 'How this site works', path: routes.method() },
  { label: 'Search', path: routes.search() },
  { label: 'Changes', path: routes.changes() },
  { label: 'Corrections', path: routes.corrections() },
  { label: 'All claims as JSON', path: routes.claimsJson() },
  { label: 'RSS feed', path: routes.feed() },
];

/** The footer's links for a story: the glossary only when the story defines terms. */
export function moreNav(story: { terms: number }): NavItem[] {
  return MORE.filter((i) => i.path !== routes.glossary() || story.terms > 0);
}

/** The nav item a page belongs to: the longest matching prefix, so /sources/x/ is under Sources. */
export function activeNav(items: NavItem[], pathname: string): NavItem | undefined {
  return items.filter((i) => (i.path === '/' ? pathname === '/' : pathname.startsWith(i.path))).sort((a, b) => b.path.length - a.path.length)[0];
}

/** "Page — Site name", or the site name and tagline on the home page. */
export function pageTitle(site: { name: string; tagline: string }, title?: string): string {
  return title ? `${title} — ${site.name}` : `${site.name}: ${site.tagline}`;
}
