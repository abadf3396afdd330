// The two kinds of dated entry a published claim or event carries, as
// newsrooms keep them apart: a correction says what we published was wrong; an
// update says there is more, or that it is now more precise (a source added, a
// date narrowed, a status changed by new reporting). Both are shown to
// readers, and neither is ever removed or reworded once published.

export interface Correction {
  /** The day of the correction, YYYY-MM-DD. */
  date: string;
  changed: string;
  reason: string;
}

export interface Update {
  /** The day of the update, YYYY-MM-DD. */
  date: string;
  /** What is new, as readers read it: "Also reported by The Harbour Post." */
  note: string;
  /** For an event dated more precisely: its dating before, as content writes it ("2025-02"). */
  was?: string;
}

export type ChangeType = 'update' | 'correction';

const sameCorrection = (a: Correction, b: Correction | undefined) => !!b && a.date === b.date && a.changed === b.changed && a.reason === b.reason;
const sameUpdate = (a: Update, b: Update | undefined) => !!b && a.date === b.date && a.note === b.note && (a.was ?? '') === (b.was ?? '');

/** The first published entry that is gone or reworded, if any: which kind, and its index. */
export function alteredEntry(
  was: { corrections: Correction[]; updates: Update[] },
  now: { corrections: Correction[]; updates: Update[] },
): { type: ChangeType; index: number } | undefined {
  const c = was.corrections.findIndex((x, k) => !sameCorrection(x, now.corrections[k]));
  if (c >= 0) return { type: 'correction', index: c };
  const u = was.updates.findIndex((x, k) => !sameUpdate(x, now.updates[k]));
  return u >= 0 ? { type: 'update', index: u } : undefined;
}

/** The day something last changed: its newest correction's or update's, if it has one. */
export function lastChanged(entries: { corrections: Correction[]; updates?: Update[] }): string | undefined {
  return [...entries.corrections, ...(entries.updates ?? [])]
    .map((c) => c.date)
    .sort()
    .at(-1);
}

/**
 * What kind of entry a change to a published thing needs. `update`: there is
 * more (evidence added, a date narrowed); an update or a correction will do.
 * `correction`: what readers were shown was wrong (a quote changed or
 * removed, a date outside the one published). `either`: the words changed,
 * and only the editor knows whether they were wrong or are now fuller.
 */
export type ChangeKind = 'update' | 'correction' | 'either';

export interface FieldChange {
  field: string;
  kind: ChangeKind;
  /** What changed, in a sentence for the editor. */
  says: string;
}
