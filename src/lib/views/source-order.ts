// Sources in the order a reader wants them: archived articles before the
// reports they cite, then by date, then by title.
import { sortKey, type FuzzyDate } from '../content/dates.ts';

interface Sortable {
  id: string;
  data: { kind: string; title: string; published: FuzzyDate };
}

export function compareSources(a: Sortable, b: Sortable): number {
  const kind = Number(a.data.kind !== 'article') - Number(b.data.kind !== 'article');
  return kind || sortKey(a.data.published).localeCompare(sortKey(b.data.published)) || a.data.title.localeCompare(b.data.title);
}
