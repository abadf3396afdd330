// Pagefind, loaded on first use only: no search JS or index bytes are spent
// on a page until a reader starts searching.
import { mergeRelaxed, relaxedQueries, searchTerms } from '../../lib/search-query.ts';
import { toDisplay, type DisplayResult, type RawResult } from '../../lib/search-results.ts';

interface PagefindResult {
  id: string;
  data: () => Promise<RawResult>;
}

const RELAX_BELOW = 3;
interface PagefindSearch {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
  unfilteredResultCount: number;
}
interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (q: string | null, o?: { filters?: Record<string, string[]> }) => Promise<PagefindSearch>;
  debouncedSearch: (q: string | null, o?: { filters?: Record<string, string[]> }, ms?: number) => Promise<PagefindSearch | null>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

const base = import.meta.env.BASE_URL;
let loading: Promise<Pagefind> | undefined;
let filtersLoaded: Promise<Pagefind> | undefined;

function loadPagefind(withFilters = false): Promise<Pagefind> {
  loading ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js`).then(async (pf: Pagefind) => {
    await pf.options({ baseUrl: base, excerptLength: 22 });
    await pf.init();
    return pf;
  });
  // Filter counts cover only the filters Pagefind has loaded; the search page
  // loads them all up front (a few KB) so every facet shows its counts.
  if (withFilters) filtersLoaded ??= loading.then(async (pf) => (await pf.filters(), pf));
  return withFilters && filtersLoaded ? filtersLoaded : loading;
}

export interface SearchOutcome {
  query: string;
  total: number;
  results: DisplayResult[];
  filters: Record<string, Record<string, number>>;
}

/**
 * Searches (debounced: a superseded call resolves to null). An empty query
 * with filters lists everything those filters match.
 */
export async function runSearch(
  query: string,
  filters: Record<string, string[]>,
  limit: number,
  { debounceMs = 120, withFilters = false } = {},
): Promise<SearchOutcome | null> {
  const pf = await loadPagefind(withFilters);
  const terms = searchTerms(query);
  const active = Object.fromEntries(Object.entries(filters).filter(([, v]) => v.length));
  const hasFilters = Object.keys(active).length > 0;
  if (!terms && !hasFilters) return { query, total: 0, results: [], filters: await pf.filters() };
  const found = await pf.debouncedSearch(terms || null, { filters: active }, debounceMs);
  if (!found) return null;
  let results = found.results;
  // Too few full matches: add pages that match all but one of the words.
  if (results.length < RELAX_BELOW && terms) {
    const relaxed = await Promise.all(relaxedQueries(terms).map((q) => pf.search(q, { filters: active })));
    results = mergeRelaxed(results, relaxed.map((r) => r.results), (r) => r.id);
  }
  const data = await Promise.all(results.slice(0, limit).map((r) => r.data()));
  return { query, total: results.length, results: data.map(toDisplay), filters: found.filters };
}
