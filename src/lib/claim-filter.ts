// The claims list's filters, shared by the page (which writes data attributes)
// and its small client script (which reads the URL and hides cards). Within a
// facet any value matches; across facets all must.

export const FACETS = ['status', 'actor', 'source'] as const;
export type Facet = (typeof FACETS)[number];
export type Filters = Record<Facet, string[]>;

export function emptyFilters(): Filters {
  return { status: [], actor: [], source: [] };
}

/** ?status=reported&actor=amazon&actor=ecobee → filters (unknown keys ignored, values de-duplicated). */
export function filtersFromSearch(search: string): Filters {
  const params = new URLSearchParams(search);
  const f = emptyFilters();
  for (const facet of FACETS) f[facet] = [...new Set(params.getAll(facet).flatMap((v) => v.split(',')).filter(Boolean))];
  return f;
}

/** The query string for filters, in a stable order so equal views share one URL. */
export function searchFromFilters(f: Filters): string {
  const params = new URLSearchParams();
  for (const facet of FACETS) for (const v of [...f[facet]].sort()) params.append(facet, v);
  const s = params.toString();
  return s ? `?${s}` : '';
}

export interface Facets {
  status: string;
  actor: string[];
  source: string[];
}

export function matches(item: Facets, f: Filters): boolean {
  return FACETS.every((facet) => {
    const wanted = f[facet];
    if (!wanted.length) return true;
    const have = facet === 'status' ? [item.status] : item[facet];
    return wanted.some((w) => have.includes(w));
  });
}

export function toggle(f: Filters, facet: Facet, value: string): Filters {
  const has = f[facet].includes(value);
  return { ...f, [facet]: has ? f[facet].filter((v) => v !== value) : [...f[facet], value] };
}
