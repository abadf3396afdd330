// Every dated change of the story, as readers find them: /changes/ lists updates
// and corrections of claims and events, newest first; /corrections/ the
// corrections alone; the feed and claims.json carry both, typed.
import type { ChangeType, Correction, Update } from './entries.ts';

export interface LoggedChange {
  type: ChangeType;
  date: string;
  /** What changed: a claim (its statement) or a timeline event (its title). */
  subject: { kind: 'claim' | 'event'; id: string; title: string };
  /** Its place among the thing's entries of its type, from 1: the anchor #correction-<n> or #update-<n>. */
  n: number;
  /** An update's note, or what a correction changed. */
  text: string;
  /** Why, for a correction. */
  reason?: string;
  /** For an update that dated an event more precisely: the dating before. */
  was?: string;
}

interface WithEntries {
  id: string;
  corrections: Correction[];
  updates?: Update[];
}

function entriesOf(kind: 'claim' | 'event', thing: WithEntries, title: string): LoggedChange[] {
  const subject = { kind, id: thing.id, title };
  return [
    ...thing.corrections.map((c, i): LoggedChange => ({ type: 'correction', date: c.date, subject, n: i + 1, text: c.changed, reason: c.reason })),
    ...(thing.updates ?? []).map((u, i): LoggedChange => ({ type: 'update', date: u.date, subject, n: i + 1, text: u.note, ...(u.was ? { was: u.was } : {}) })),
  ];
}

/** Newest first; on one day corrections before updates (they change what readers already saw), then by subject, latest entry first. */
export function changesLog(claims: (WithEntries & { statement: string })[], events: (WithEntries & { title: string })[] = []): LoggedChange[] {
  return [...claims.flatMap((c) => entriesOf('claim', c, c.statement)), ...events.flatMap((e) => entriesOf('event', e, e.title))].sort(
    (a, b) =>
      b.date.localeCompare(a.date) ||
      (a.type === b.type ? 0 : a.type === 'correction' ? -1 : 1) ||
      a.subject.kind.localeCompare(b.subject.kind) ||
      a.subject.id.localeCompare(b.subject.id) ||
      b.n - a.n,
  );
}

/** Every correction of the site's claims, newest first: what /corrections/ lists. */
export function correctionsLog(claims: (WithEntries & { statement: string })[]): LoggedChange[] {
  return changesLog(claims).filter((c) => c.type === 'correction');
}
