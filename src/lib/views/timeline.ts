// Ordering and grouping events whose dates have different precisions: the
// timeline reads "Background" (undated), then year by year, and within a
// year a month comes before the days in it and "before April" before April.
import { sortKey, type FuzzyDate } from '../content/dates.ts';

export interface Datable {
  id: string;
  data: { when: FuzzyDate; order: number; title: string };
}

export function compareEvents(a: Datable, b: Datable): number {
  return sortKey(a.data.when).localeCompare(sortKey(b.data.when)) || a.data.order - b.data.order || a.data.title.localeCompare(b.data.title);
}

export interface YearGroup<T> {
  /** "background" for undated events, else the year. */
  key: string;
  label: string;
  events: T[];
}

export function groupByYear<T extends Datable>(events: T[]): YearGroup<T>[] {
  const groups: YearGroup<T>[] = [];
  for (const e of [...events].sort(compareEvents)) {
    const when = e.data.when;
    const key = when.kind === 'undated' ? 'background' : String(when.point.year);
    const label = when.kind === 'undated' ? 'Background, undated' : String(when.point.year);
    const last = groups[groups.length - 1];
    if (last?.key === key) last.events.push(e);
    else groups.push({ key, label, events: [e] });
  }
  return groups;
}
