// Shaping Pagefind results for display: one flat record per hit, grouped by
// kind in the order readers look for them (claims first, unless the question
// asks for something else: see search/intent.ts).
import { coverage, holdsWord } from './match.ts';
import { normalizeWords } from '../content/words.ts';
import { RESULT_TYPES, type ResultType } from '../content/vocab.ts';

export type { ResultType };

export const DEFAULT_ORDER = Object.keys(RESULT_TYPES) as ResultType[];

/** What a search result for one paragraph of a source is called. */
export const passageTitle = (publisher: string, n: number) => `${publisher}, paragraph ${n}`;

interface SubResult {
  title: string;
  url: string;
  excerpt: string;
  anchor?: { id: string; text?: string };
  weighted_locations: { balanced_score: number }[];
}

export interface RawResult {
  url: string;
  excerpt: string;
  /** The page's indexed text. */
  content: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  sub_results?: SubResult[];
}

export interface DisplayResult {
  type: ResultType;
  url: string;
  title: string;
  /** Pagefind's excerpt: text with the matched words in <mark>. */
  excerpt: string;
  status?: string;
  statusKey?: string;
  sources?: string;
  context?: string;
  actors: string[];
  /** The page's rank (see search/rank.ts); hits split from one page share it. */
  score: number;
  /** The share of the reader's words this hit contains (best over the query's variants). */
  coverage: number;
  /** The same share, of the words the page shows (not those it is only found by): see isClearAnswer. */
  shownCoverage: number;
  /** A claim's first quote (meta `lead`): the answer card shows it. */
  lead?: string;
}

/**
 * Pages indexed whole but read as many results: a source is split into its
 * passages, the glossary into its terms (each element with an id and a
 * data-pagefind-title is a boundary). At most `perPage` of a page's hits are
 * kept, those with the most weight first.
 */
const SPLIT: ReadonlySet<ResultType> = new Set(['source', 'term']);

/** What joins the words a page is found by but does not show (components/search/SearchAliases.astro); no shown text uses it. */
const HIDDEN_WORDS_JOIN = ' · ';
/** What brackets them in the indexed text, so the search tells a word the page shows from one it is only found by. */
const HIDDEN_OPEN = '⁅';
const HIDDEN_CLOSE = '⁆';

/** The text of a page's hidden words as indexed. */
export const hiddenWordsText = (words: readonly string[]) => `${HIDDEN_OPEN}${words.join(HIDDEN_WORDS_JOIN)}${HIDDEN_CLOSE}`;

/** A page's indexed text without its hidden words: what the page shows. */
export const visibleText = (content: string) => content.replace(/⁅[^⁆]*⁆/g, ' ');

const escapeHtml = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Pagefind's excerpt, unless it was cut from the hidden words (the query met
 * only a related word or a reader's name) of a page that has a lead to show
 * instead (a claim's first quote, in meta `lead`).
 */
function shownExcerpt(r: RawResult): string {
  return r.meta.lead && r.excerpt.includes(HIDDEN_WORDS_JOIN.trim()) ? escapeHtml(r.meta.lead) : r.excerpt.replace(/[⁅⁆]/g, '');
}

export function toDisplay(r: RawResult, score: number, wordSets: string[][], perPage = 3): DisplayResult[] {
  const covered = (text: string) => Math.max(0, ...wordSets.map((w) => coverage(w, text)));
  const raw = r.filters.type?.[0] as ResultType | undefined;
  const type: ResultType = raw && raw in RESULT_TYPES ? raw : 'explainer';
  const page: DisplayResult = {
    type,
    url: r.url,
    title: r.meta.title ?? r.url,
    excerpt: shownExcerpt(r),
    status: r.meta.status,
    statusKey: r.filters.status?.[0],
    sources: r.meta.sources,
    context: r.meta.context,
    actors: r.filters.actor ?? [],
    score,
    coverage: covered(r.content),
    shownCoverage: covered(visibleText(r.content)),
    lead: r.meta.lead,
  };
  if (!SPLIT.has(type) || !r.sub_results?.length) return [page];
  const weight = (s: SubResult) => s.weighted_locations.reduce((n, l) => n + l.balanced_score, 0);
  return r.sub_results
    .map((s, i) => ({ s, i, w: weight(s), c: s.anchor?.text !== undefined ? covered(s.anchor.text) : page.coverage }))
    .sort((a, b) => b.c - a.c || b.w - a.w || a.i - b.i)
    .slice(0, perPage)
    .map(({ s, c }) =>
      s.anchor
        ? { ...page, url: s.url, title: s.title, excerpt: s.excerpt, context: type === 'source' ? r.meta.title : RESULT_TYPES[type], coverage: c }
        : { ...page, excerpt: s.excerpt },
    );
}

export function groupResults(
  results: DisplayResult[],
  order: readonly ResultType[] = DEFAULT_ORDER,
): { type: ResultType; label: string; results: DisplayResult[] }[] {
  return order.map((type) => ({ type, label: RESULT_TYPES[type], results: results.filter((r) => r.type === type) })).filter((g) => g.results.length);
}

/** The order results are shown in (grouped), which is the order recall is measured in. */
export function displayOrder(results: DisplayResult[], order: readonly ResultType[] = DEFAULT_ORDER): DisplayResult[] {
  return groupResults(results, order).flatMap((g) => g.results);
}

/**
 * An excerpt (escaped text with Pagefind's <mark>s) with every word of `words`
 * marked too, by stem ("refused" for "refuse"): Pagefind marks only the word
 * whose search returned the page, and a reader should see each of theirs. A
 * word typed with an apostrophe or hyphen is marked by its parts ("amazon's").
 */
export function markWords(excerpt: string, typed: readonly string[]): string {
  const words = [...new Set(typed.flatMap((w) => normalizeWords(w).split(' ')))].filter((w) => w.length > 1);
  if (!words.length) return excerpt;
  return excerpt
    .split(/(<mark>.*?<\/mark>)/)
    .map((part, i) =>
      i % 2 ? part : part.replace(/&[#a-z0-9]+;|[\p{L}\p{N}]+/giu, (t) => (!t.startsWith('&') && words.some((w) => holdsWord(t, w)) ? `<mark>${t}</mark>` : t)),
    )
    .join('');
}
