// Filter state in the URL, one format for every filtered view: the claims list
// and the timeline (status, actor, source) and the search page (q and type too).
// ?q=door&type=claim&actor=amazon&actor=ecobee — so a view can be shared,
// reloaded and stepped through with back/forward. Which list items a state
// shows is list-filter.ts. Kept small: list pages load it on first paint.

/** Facets of the claims list and the timeline, filtered in the page. */
export const LIST_FACETS = ['status', 'actor', 'source'] as const;
/** Facets of the search page, filtered by Pagefind. */
export const SEARCH_FACETS = ['type', ...LIST_FACETS] as const;

export type Filters = Record<string, string[]>;
export interface FilterState {
  q: string;
  filters: Filters;
}

/** `?q=…&actor=a&actor=b,c` → state, for the facets a view knows (others are ignored; values de-duplicated). */
export function readFilterState(search: string, facets: readonly string[]): FilterState {
  const params = new URLSearchParams(search);
  const filters: Filters = {};
  for (const facet of facets)
    filters[facet] = [
      ...new Set(
        params
          .getAll(facet)
          .flatMap((v) => v.split(','))
          .filter(Boolean),
      ),
    ];
  return { q: (params.get('q') ?? '').trim(), filters };
}

/** The query string for a state ('' when empty), in a stable order so equal views share one URL. */
export function writeFilterState(state: FilterState): string {
  const params = new URLSearchParams();
  const q = state.q.trim();
  if (q) params.set('q', q);
  const known = SEARCH_FACETS.filter((f) => f in state.filters);
  const others = Object.keys(state.filters)
    .filter((f) => !(SEARCH_FACETS as readonly string[]).includes(f))
    .sort();
  for (const facet of [...known, ...others]) for (const v of [...new Set(state.filters[facet])].sort()) params.append(facet, v);
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** The current page's address with `state` as its query, keeping its #fragment (for history.pushState). */
export function urlWithState(location: { pathname: string; hash: string }, state: FilterState): string {
  return `${location.pathname}${writeFilterState(state)}${location.hash}`;
}

/** How many filter values are on (0: the view is unfiltered). */
export const activeCount = (filters: Filters) => Object.values(filters).reduce((n, v) => n + v.length, 0);
