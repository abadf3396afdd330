// The chips and checkboxes a filtered view offers (claims list, timeline, search
// page), built one way: facets in one order with one label each, options named
// as readers know them, and — on a list — only values its items actually have.
import { CLAIM_STATUS, keysOf } from '../content/vocab.ts';
import { RESULT_TYPES } from '../content/vocab.ts';

interface FilterOption {
  value: string;
  label: string;
}
export interface FacetGroup {
  facet: string;
  label: string;
  options: FilterOption[];
}

const LABELS: Record<string, string> = { type: 'Type', status: 'Status', actor: 'Who', source: 'Source' };
/** A kind whose filter counts something else than its results group shows: a source's count is of sources, its group lists their passages. */
const TYPE_OPTION_LABELS: Partial<Record<string, string>> = { source: 'Sources' };

export interface FacetInputs<S extends { id: string; data: { kind: string } }> {
  actors: { id: string; data: { name: string } }[];
  /** Archived articles only: a cited report has no passages to filter by. */
  sources: S[];
  publisherOf: (source: S) => string;
}

/**
 * Facet groups for `facets`, in that order. `used` restricts a facet to the
 * values its items carry (a list offers no chip that would empty it).
 */
export function facetGroups<S extends { id: string; data: { kind: string } }>(
  facets: readonly string[],
  inputs: FacetInputs<S>,
  used: Partial<Record<string, Set<string>>> = {},
): FacetGroup[] {
  const all: Record<string, FilterOption[]> = {
    // "Best match" is a place in the results, not a kind of page to filter by.
    type: Object.entries(RESULT_TYPES)
      .filter(([value]) => value !== 'best')
      .map(([value, label]) => ({ value, label: TYPE_OPTION_LABELS[value] ?? label })),
    status: keysOf(CLAIM_STATUS).map((s) => ({ value: s, label: CLAIM_STATUS[s].label })),
    actor: inputs.actors.map((a) => ({ value: a.id, label: a.data.name })).sort((a, b) => a.label.localeCompare(b.label)),
    source: inputs.sources.filter((s) => s.data.kind === 'article').map((s) => ({ value: s.id, label: inputs.publisherOf(s) })),
  };
  return facets.map((facet) => {
    const only = used[facet];
    const options = all[facet];
    if (!options) throw new Error(`facetGroups: unknown facet "${facet}"`);
    return { facet, label: LABELS[facet]!, options: only ? options.filter((o) => only.has(o.value)) : options };
  });
}
