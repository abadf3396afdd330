// The site's feed: one item per published claim and one per correction, newest
// first, so a reader following the story sees what is new and what changed.
import type { Correction } from '../content/revisions.ts';
import { correctionsLog } from '../content/revisions.ts';
import { routes } from '../site/paths.ts';

export interface FeedClaim {
  id: string;
  statement: string;
  /** "Reported: the sources report it…", shown as the item's text. */
  summary: string;
  published?: string;
  corrections: Correction[];
}

export interface FeedItem {
  title: string;
  /** A route (made absolute by the caller). */
  path: string;
  date: string;
  description: string;
}

/** Claims not yet published (not in the revision lock) have no day, and no item. */
export function feedItems(claims: FeedClaim[]): FeedItem[] {
  const added = claims
    .filter((c): c is FeedClaim & { published: string } => !!c.published)
    .map((c) => ({ title: c.statement, path: routes.claim(c.id), date: c.published, description: c.summary }));
  const corrected = correctionsLog(claims).map((c) => ({
    title: `Correction: ${c.statement}`,
    path: routes.correction(c.claim, c.n),
    date: c.date,
    description: `What changed: ${c.changed} Why: ${c.reason}`,
  }));
  // Newest first; on one day a correction before a new claim, as it changes what readers already saw.
  return [...corrected, ...added].sort((a, b) => b.date.localeCompare(a.date));
}
