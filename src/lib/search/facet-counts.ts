// The counts beside the search page's filters. Pagefind counts the pages that
// hold every word of a query; the search shows pages holding any of them (each
// word is searched alone: see score.ts), so its counts would disagree with the
// results listed. These count the pages the results come from instead.

/** Each facet's values, each with the pages it holds (a filter listing: no page is fetched to know it). */
export type FacetPages = ReadonlyMap<string, ReadonlyMap<string, ReadonlySet<string>>>;

/** How many of the `shown` pages each value of each facet holds, every value listed (0 where none). */
export function facetCounts(shown: Iterable<string>, facets: FacetPages): Record<string, Record<string, number>> {
  const ids = [...new Set(shown)];
  const out: Record<string, Record<string, number>> = {};
  for (const [facet, values] of facets) {
    out[facet] = {};
    for (const [value, pages] of values) out[facet][value] = ids.filter((id) => pages.has(id)).length;
  }
  return out;
}
