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

/**
 * What an import leaves out of a raw text because it is not the article: the
 * page's furniture. Each kind is named to readers ("Left out of this copy: an
 * advertising notice, two photo credits"), so "as received" stays true.
 */
export const LEFT_OUT = {
  'date-line': { one: 'a date line', many: 'date lines', meaning: 'A scraper’s date line, read as the publication date.' },
  headline: { one: 'the headline', many: 'copies of the headline', meaning: 'The headline, shown above the text as its title.' },
  tagline: { one: 'the site’s name or tagline', many: 'lines with the site’s name or tagline', meaning: 'The site’s name or motto from the page’s header.' },
  byline: { one: 'a byline or time stamp', many: 'bylines and time stamps', meaning: 'Who wrote it and when, or how long it takes to read.' },
  advertising: { one: 'an advertising notice', many: 'advertising notices', meaning: 'An advertisement, its label, or a note on affiliate links.' },
  'image-text': { one: 'an image’s description', many: 'images’ descriptions', meaning: 'The text a page gives in place of an image.' },
  caption: { one: 'a caption', many: 'captions', meaning: 'The words under a photo or a video.' },
  credit: { one: 'a photo credit', many: 'photo credits', meaning: 'Who took or owns a picture.' },
  'related-link': { one: 'a link to another article', many: 'links to other articles', meaning: '“Read also”, “Related” and the like.' },
  aside: { one: 'a note or box set apart from the text', many: 'notes and boxes set apart from the text', meaning: 'A box or note the page sets apart from the article, such as a fact box or a note at its foot.' },
  'pull-quote': { one: 'a quotation repeated from the text', many: 'quotations repeated from the text', meaning: 'Words of the article shown again, large.' },
  newsletter: { one: 'a newsletter or subscription prompt', many: 'newsletter and subscription prompts', meaning: 'An invitation to sign up or subscribe.' },
  paywall: { one: 'a subscription wall', many: 'subscription walls', meaning: 'Where the page keeps the rest of the article for subscribers.' },
  'share-prompt': { one: 'a share or follow prompt', many: 'share and follow prompts', meaning: 'Buttons to share the article or follow the site.' },
  'tag-list': { one: 'a list of tags', many: 'lists of tags', meaning: 'The topics the site files the article under.' },
  'comment-counter': { one: 'a comment counter', many: 'comment counters', meaning: 'How many readers commented.' },
  other: { one: 'a line that is not the article', many: 'lines that are not the article', meaning: 'Named by the editor, with a note.' },
} as const;
export type LeftOutKind = keyof typeof LEFT_OUT;

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
