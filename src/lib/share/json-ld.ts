// schema.org data for a claim page: a Claim whose appearances are the articles
// that make it. firstAppearance is given only when the dates prove which came
// first: an article dated "April 2021" may or may not precede one of 15 April.
import { certainlyEarliest, isoOf, sortKey, type FuzzyDate } from '../content/dates.ts';

export interface AppearanceInput {
  title: string;
  url?: string;
  publisher: string;
  published: FuzzyDate;
  /** The archived copy on this site (absolute URL). */
  archivedUrl: string;
}

function creativeWork(a: AppearanceInput) {
  return {
    '@type': 'NewsArticle',
    headline: a.title,
    url: a.url ?? a.archivedUrl,
    ...(a.url ? { archivedAt: a.archivedUrl } : {}),
    publisher: { '@type': 'Organization', name: a.publisher },
    ...(a.published.kind === 'on' ? { datePublished: isoOf(a.published.point) } : {}),
  };
}

export function claimJsonLd(input: { statement: string; url: string; appearances: AppearanceInput[] }) {
  const ordered = [...input.appearances].sort((a, b) => sortKey(a.published).localeCompare(sortKey(b.published)));
  const first = ordered[certainlyEarliest(ordered.map((a) => a.published))];
  return {
    '@context': 'https://schema.org',
    '@type': 'Claim',
    text: input.statement,
    url: input.url,
    appearance: ordered.map(creativeWork),
    ...(first ? { firstAppearance: creativeWork(first) } : {}),
  };
}
