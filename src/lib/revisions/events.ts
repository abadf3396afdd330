// What a published timeline event said, and the rule that it changes only
// with an entry readers see. A date made more precise inside the one published
// ("February 2025" → "6 February 2025") is an update that keeps the earlier
// dating (`was`), so the timeline shows both and why; a date outside it is a
// correction. The event's anchor, /timeline/#event-<id>, never changes.
import { dateText, parseFuzzyDate, redating, type FuzzyDate } from '../content/dates.ts';
import type { Problem } from '../content/problems.ts';
import { smartQuotes } from '../content/typography.ts';
import { judgeChanges } from './claims.ts';
import type { ChangeKind, Correction, FieldChange, Update } from './entries.ts';

export interface EventRevision {
  /** The date as content writes it ("2025-02", "before 2025-03-14"). */
  when: string;
  title: string;
  summary: string;
  /** The claims that back it. */
  claims: string[];
  corrections: Correction[];
  updates: Update[];
}

interface LockedEvent extends EventRevision {
  /** The day it was first locked: when it was published. */
  published: string;
}

export type EventLock = Record<string, LockedEvent>;

export interface EventData {
  when: FuzzyDate;
  title: string;
  summary: string;
  claims: { id: string }[];
  corrections?: Correction[];
  updates?: Update[];
}

export function eventRevisionOf(data: EventData): EventRevision {
  return {
    when: dateText(data.when),
    title: smartQuotes(data.title),
    summary: smartQuotes(data.summary),
    claims: data.claims.map((c) => c.id),
    corrections: (data.corrections ?? []).map((c) => ({ ...c, changed: smartQuotes(c.changed), reason: smartQuotes(c.reason) })),
    updates: (data.updates ?? []).map((u) => ({ ...u, note: smartQuotes(u.note) })),
  };
}

export interface CurrentEvent extends EventRevision {
  id: string;
  file: string;
}

const short = (s: string, max = 100) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

/**
 * What changed in a published event, and the kind of entry each change needs.
 * `current` maps a claim id the lock holds to the claim's id now (a renamed claim keeps its old one as an alias).
 */
export function eventChanges(was: EventRevision, now: EventRevision, current: (claim: string) => string = (c) => c): FieldChange[] {
  const changes: FieldChange[] = [];
  const add = (field: string, kind: ChangeKind, says: string) => changes.push({ field, kind, says });
  if (was.when !== now.when) {
    const how = redating(parseFuzzyDate(was.when), parseFuzzyDate(now.when));
    if (how === 'narrower') add('when', 'update', `the date was "${was.when}" and is now "${now.when}", more precise and inside it`);
    else if (how === 'contradicts') add('when', 'correction', `the date was "${was.when}" and is now "${now.when}", outside it`);
  }
  if (was.title !== now.title) add('title', 'either', `the title was "${short(was.title)}" and is now "${short(now.title)}"`);
  if (was.summary !== now.summary) add('summary', 'either', `the summary was "${short(was.summary)}" and is now "${short(now.summary)}"`);
  const before = was.claims.map(current);
  const added = now.claims.filter((c) => !before.includes(c));
  const removed = was.claims.filter((c) => !now.claims.includes(current(c)));
  if (added.length) add('claims', 'update', `claims ${added.join(', ')} now back it`);
  if (removed.length) add('claims', 'either', `claims ${removed.join(', ')} no longer back it`);
  return changes;
}

/**
 * Published events compared with what they say now. A date made more precise
 * needs an update that keeps the earlier dating, `was`, exactly as published:
 * the timeline shows it.
 */
export function checkEventRevisions(
  lock: EventLock,
  current: CurrentEvent[],
  lockFile: string,
  today: string,
  claimNow: (claim: string) => string = (c) => c,
): Problem[] {
  const byId = new Map(current.map((e) => [e.id, e]));
  return Object.entries(lock).flatMap(([id, was]): Problem[] => {
    const now = byId.get(id);
    if (!now) return []; // a removed event is refused by the URL lock's check (checkRemovedEvents)
    const entries = { corrections: was.corrections ?? [], updates: was.updates ?? [] };
    const changes = eventChanges({ ...was, ...entries }, now, claimNow);
    const narrowed = changes.some((c) => c.field === 'when' && c.kind === 'update');
    const noteHint = narrowed ? `Dated more precisely by …` : 'What is new, in a sentence.';
    const problem = judgeChanges({ ...was, ...entries }, now, changes, { file: now.file, lockFile, today, noteHint });
    if (problem)
      return [
        {
          ...problem,
          fix: narrowed ? problem.fix.replace(`note: "${noteHint}" }`, `note: "${noteHint}", was: "${was.when}" }`) : problem.fix,
        },
      ];
    const fresh = now.updates.slice(entries.updates.length);
    if (narrowed && !now.corrections.slice(entries.corrections.length).length && !fresh.some((u) => u.was === was.when)) {
      const i = entries.updates.length + Math.max(0, fresh.length - 1);
      return [
        {
          file: now.file,
          field: `updates[${i}].was`,
          message: `the date was "${was.when}" when published on ${was.published} (${lockFile}), and the update that narrows it does not keep that dating, so readers could not see it`,
          fix: `write was: "${was.when}" in the update`,
        },
      ];
    }
    return [];
  });
}

/** An entry's day is not after today, nor before the event was published. */
export function checkEventEntryDates(current: CurrentEvent[], lock: EventLock, today: string): Problem[] {
  return current.flatMap((e) =>
    (['corrections', 'updates'] as const).flatMap((list) =>
      e[list].flatMap((x, i): Problem[] => {
        const field = `${list}[${i}].date`;
        const published = lock[e.id]?.published;
        if (x.date > today) return [{ file: e.file, field, message: `${x.date} is after today (${today})`, fix: 'date it the day it is published' }];
        if (published && x.date < published)
          return [{ file: e.file, field, message: `${x.date} is before the event was published (${published})`, fix: 'date it the day it is published' }];
        return [];
      }),
    ),
  );
}

/** The datings an event had before, oldest first, each with the day it changed and why: what the timeline shows. */
export function dateHistory(updates: Update[]): { was: FuzzyDate; until: string; note: string }[] {
  return updates.flatMap((u) => (u.was ? [{ was: parseFuzzyDate(u.was), until: u.date, note: u.note }] : []));
}
