// Which items of a list (claims, timeline) a filter state shows: within a
// facet any value matches; across facets all must.
import { LIST_FACETS, type Filters } from '../site/filter-state.ts';

/** What a list item offers for each facet: one status, any number of actors and sources. */
export interface ItemFacets {
  status: string;
  actor: string[];
  source: string[];
}

export function matches(item: ItemFacets, filters: Filters): boolean {
  return LIST_FACETS.every((facet) => {
    const wanted = filters[facet] ?? [];
    if (!wanted.length) return true;
    const have = facet === 'status' ? [item.status] : item[facet];
    return wanted.some((w) => have.includes(w));
  });
}

export function toggle(filters: Filters, facet: string, value: string): Filters {
  const now = filters[facet] ?? [];
  return { ...filters, [facet]: now.includes(value) ? now.filter((v) => v !== value) : [...now, value] };
}
