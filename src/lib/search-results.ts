// Shaping Pagefind results for display: one flat record per hit, grouped by
// kind in the order readers look for them (claims first).

export const RESULT_TYPES = {
  claim: 'Claims',
  source: 'Source passages',
  event: 'Timeline',
  explainer: 'Explainers',
  term: 'Glossary',
  actor: 'Who is who',
} as const;
export type ResultType = keyof typeof RESULT_TYPES;

export interface RawResult {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
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
}

export function toDisplay(r: RawResult): DisplayResult {
  const type = (r.filters.type?.[0] ?? 'explainer') as ResultType;
  return {
    type: type in RESULT_TYPES ? type : 'explainer',
    url: r.url,
    title: r.meta.title ?? r.url,
    excerpt: r.excerpt,
    status: r.meta.status,
    statusKey: r.filters.status?.[0],
    sources: r.meta.sources,
    context: r.meta.context,
  };
}

export function groupResults(results: DisplayResult[]): { type: ResultType; label: string; results: DisplayResult[] }[] {
  return (Object.keys(RESULT_TYPES) as ResultType[])
    .map((type) => ({ type, label: RESULT_TYPES[type], results: results.filter((r) => r.type === type) }))
    .filter((g) => g.results.length);
}

/** The order results are shown in (grouped), which is the order recall is measured in. */
export function displayOrder(results: DisplayResult[]): DisplayResult[] {
  return groupResults(results).flatMap((g) => g.results);
}
