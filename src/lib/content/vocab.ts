// Closed vocabularies, each with the sentence readers are shown. The schemas
// take their values from here so a page can never show an unexplained label.

/** How a source's publisher is known; `confirmed` decides every "unconfirmed" label. */
export const PUBLISHER_BASIS = {
  stated: { meaning: 'Publisher known from the archive record and the original address.', confirmed: true },
  'attributed-by-format': {
    meaning: 'Publisher attributed from the page’s house format (a one-line summary, then a “What you need to know” list); not confirmed.',
    confirmed: false,
  },
  cited: { meaning: 'Publisher named by the articles that cite this report.', confirmed: true },
} as const;
export type PublisherBasis = keyof typeof PUBLISHER_BASIS;
export const publisherConfirmed = (basis: PublisherBasis): boolean => PUBLISHER_BASIS[basis].confirmed;

export const SOURCE_KINDS = {
  article: 'An article whose full text is archived here.',
  'cited-report': 'A report the archived articles cite. Its text is not archived here; what it says is known only through them.',
} as const;
export type SourceKind = keyof typeof SOURCE_KINDS;

export const CLAIM_STATUS = {
  reported: {
    label: 'Reported',
    meaning: 'A news outlet reports it; the parties have not confirmed it on the record.',
  },
  statement: {
    label: 'On the record',
    meaning: 'A party to the story said it on the record, as quoted by a source.',
  },
  analysis: {
    label: 'Analysis',
    meaning: 'An outlet’s own commentary, interpretation or speculation, not a reported fact.',
  },
  context: {
    label: 'Context',
    meaning: 'Background the sources give, reported before or apart from this story.',
  },
} as const;
export type ClaimStatus = keyof typeof CLAIM_STATUS;

export const ACTOR_KINDS = {
  company: 'Company',
  person: 'Person',
  publication: 'Publication',
  regulator: 'Regulator',
} as const;

export const keysOf = <T extends object>(o: T) => Object.keys(o) as [keyof T & string, ...(keyof T & string)[]];

/** The kinds of search result, as the search groups and the search page's type filter name them. */
export const RESULT_TYPES = {
  /** The page of the person, company or term the query names exactly. */
  best: 'Best match',
  claim: 'Claims',
  source: 'Source passages',
  event: 'Timeline',
  explainer: 'Explainers',
  term: 'Glossary',
  actor: 'Who is who',
} as const;
export type ResultType = keyof typeof RESULT_TYPES;
