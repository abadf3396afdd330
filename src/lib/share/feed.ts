// The site's feed: one item per published claim and one per update or
// correction of a claim or an event, newest first, so a reader following the
// story sees what is new and what changed, and which is which.
import type { LoggedChange } from '../revisions/log.ts';
import { routes } from '../site/paths.ts';

export interface FeedClaim {
  id: string;
  statement: string;
  /** "Reported: the sources report it…", shown as the item's text. */
  summary: string;
  published?: string;
}

export interface FeedItem {
  title: string;
  /** A route (made absolute by the caller). */
  path: string;
  date: string;
  description: string;
  /** What kind of item it is, as the feed's <category> says. */
  category: 'claim' | 'update' | 'correction';
}

/** Where a change is shown: under its claim, or on its event in the timeline. */
export function changePath(c: LoggedChange, eventPath: (id: string) => string = routes.event): string {
  if (c.subject.kind === 'event') return eventPath(c.subject.id);
  return c.type === 'correction' ? routes.correction(c.subject.id, c.n) : routes.update(c.subject.id, c.n);
}

/** Claims not yet published (not in the revision lock) have no day, and no item. */
export function feedItems(claims: FeedClaim[], changes: LoggedChange[], eventPath?: (id: string) => string): FeedItem[] {
  const added = claims
    .filter((c): c is FeedClaim & { published: string } => !!c.published)
    .map((c): FeedItem => ({ title: c.statement, path: routes.claim(c.id), date: c.published, description: c.summary, category: 'claim' }));
  const changed = changes.map((c): FeedItem => ({
    title: `${c.type === 'correction' ? 'Correction' : 'Update'}: ${c.subject.title}`,
    path: changePath(c, eventPath),
    date: c.date,
    description: c.type === 'correction' ? `What changed: ${c.text} Why: ${c.reason}` : c.text,
    category: c.type,
  }));
  // Newest first; on one day a change before a new claim, as it changes what readers already saw.
  return [...changed, ...added].sort((a, b) => b.date.localeCompare(a.date));
}
