// What a published claim said, and the rule that it changes only with an entry
// readers see: a change to a locked claim needs an update (there is more: a
// source added) or a correction (it was wrong: a quote changed), and the
// refusal says which fits. The lock itself is lock.ts.
import type { Problem } from '../content/problems.ts';
import { smartQuotes } from '../content/typography.ts';
import { alteredEntry, type ChangeKind, type Correction, type FieldChange, type Update } from './entries.ts';

export interface ClaimRevision {
  statement: string;
  status: string;
  /**
   * Each quote, its source, who says it ("Android Central, citing The Wall
   * Street Journal") and its note. Claims locked before attribution was
   * recorded have neither: theirs are compared from the next lock on.
   */
  evidence: {
    source: string;
    quote: string;
    attribution?: string;
    note?: string | null;
    /** The actors whose names and titles the attribution is made of (not recorded: it says where a change came from). */
    by?: string[];
  }[];
  corrections: Correction[];
  updates: Update[];
}

interface LockedClaim extends ClaimRevision {
  /** The day the claim was first locked: when it was published. */
  published: string;
}

export type ClaimLock = Record<string, LockedClaim>;

interface ClaimData {
  statement: string;
  status: string;
  evidence: { source: { id: string }; note?: string }[];
  corrections: Correction[];
  updates?: Update[];
}

const typographic = <T extends { date: string }>(entries: T[], fields: (keyof T)[]): T[] =>
  entries.map(
    (e) => Object.fromEntries(Object.entries(e).map(([k, v]) => [k, fields.includes(k as keyof T) && typeof v === 'string' ? smartQuotes(v) : v])) as T,
  );

/**
 * A claim as readers see it: typographic quotes, each quote as the source
 * words it (the located passage), with who says it (`chains`, one per quote:
 * the words the claim page writes, and the actors they name) when given.
 */
export function revisionOf(data: ClaimData, quotes: string[], chains?: { said: string; by: string[] }[]): ClaimRevision {
  return {
    statement: smartQuotes(data.statement),
    status: data.status,
    evidence: data.evidence.map((e, i) => ({
      source: e.source.id,
      quote: quotes[i]!,
      ...(chains ? { attribution: chains[i]!.said, by: chains[i]!.by, ...(e.note ? { note: smartQuotes(e.note) } : {}) } : {}),
    })),
    corrections: typographic(data.corrections, ['changed', 'reason']),
    updates: typographic(data.updates ?? [], ['note']),
  };
}

export interface CurrentClaim extends ClaimRevision {
  id: string;
  /** Old ids of this claim: their locked revisions are this claim's history. */
  aliases: string[];
}

/** The day a claim was published: the earliest lock entry of its id or of an old id it was renamed from. */
export function publishedDay(lock: ClaimLock, id: string, aliases: string[]): string | undefined {
  return [id, ...aliases]
    .map((x) => lock[x]?.published)
    .filter((d): d is string => !!d)
    .sort()[0];
}

/** The current claim a locked id now points at: the claim itself or the one it was renamed to. */
export function resolveLocked<T extends CurrentClaim>(id: string, current: T[]): T | undefined {
  return current.find((c) => c.id === id) ?? current.find((c) => c.aliases.includes(id));
}

const short = (s: string, max = 120) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);
const sameQuote = (a: ClaimRevision['evidence'][number], b: ClaimRevision['evidence'][number]) => a.source === b.source && a.quote === b.quote;

/**
 * What changed in a published claim, and what kind of entry each change
 * needs. Evidence is matched by source and quote, not by place, so a quote
 * added anywhere is an addition, not a change to the ones after it.
 */
export function claimChanges(was: ClaimRevision, now: ClaimRevision): FieldChange[] {
  const changes: FieldChange[] = [];
  const add = (field: string, kind: ChangeKind, says: string) => changes.push({ field, kind, says });
  if (was.statement !== now.statement) add('statement', 'either', `the statement was "${short(was.statement)}" and is now "${short(now.statement)}"`);
  if (was.status !== now.status) add('status', 'either', `the status was "${was.status}" and is now "${now.status}"`);
  // Pair each published quote with the same words now; what is left changed in place, was removed or was added.
  const fresh = new Set(now.evidence.keys());
  const pairs = new Map<number, number>();
  was.evidence.forEach((a, i) => {
    const j = now.evidence.findIndex((b, k) => fresh.has(k) && sameQuote(a, b));
    if (j >= 0) {
      fresh.delete(j);
      pairs.set(i, j);
    }
  });
  was.evidence.forEach((a, i) => {
    if (pairs.has(i)) return;
    const b = now.evidence[i];
    if (b && fresh.delete(i))
      add(
        `evidence[${i}].quote`,
        'correction',
        `evidence[${i}] quoted "${short(a.quote, 60)}" (${a.source}) and now quotes "${short(b.quote, 60)}" (${b.source})`,
      );
    else add(`evidence[${i}] (removed)`, 'correction', `evidence[${i}] ("${short(a.quote, 60)}", ${a.source}) was removed`);
  });
  for (const [i, j] of pairs) {
    const a = was.evidence[i]!;
    const b = now.evidence[j]!;
    // A record from before attribution was locked cannot show a change of it.
    if (a.attribution === undefined || b.attribution === undefined) continue;
    if (a.attribution !== b.attribution)
      add(
        `evidence[${j}].attribution`,
        'correction',
        `evidence[${j}] was said by "${a.attribution}" and is now said by "${b.attribution}"${b.by?.length ? ` (its claim's attribution, and the names and titles in ${b.by.map((id) => `content/actors/${id}.yaml`).join(', ')})` : ''}`,
      );
    if ((a.note ?? '') !== (b.note ?? ''))
      add(`evidence[${j}].note`, 'correction', `evidence[${j}]'s note was "${short(a.note ?? '', 60)}" and is now "${short(b.note ?? '', 60)}"`);
  }
  for (const k of fresh)
    add(`evidence[${k}] (added)`, 'update', `evidence[${k}] ("${short(now.evidence[k]!.quote, 60)}", ${now.evidence[k]!.source}) was added`);
  return changes;
}

/** The kind of entry a set of changes needs: a correction if any needs one, else an update or correction. */
function neededEntry(changes: FieldChange[]): ChangeKind | undefined {
  if (!changes.length) return undefined;
  if (changes.some((c) => c.kind === 'correction')) return 'correction';
  return changes.every((c) => c.kind === 'update') ? 'update' : 'either';
}

/** The entry to add, as YAML the editor can paste. */
function entryFix(kind: ChangeKind, today: string, note: string): string {
  const update = `updates: [{ date: ${today}, note: "${note}" }]`;
  const correction = `corrections: [{ date: ${today}, changed: "what changed, in a sentence", reason: "why" }]`;
  if (kind === 'update') return `add an update readers will see — ${update} — (it adds to what was published; a correction would say it was wrong)`;
  if (kind === 'correction') return `add a correction readers will see — ${correction} — (what readers were shown changed, so an update will not do)`;
  return `add a correction if what was published was wrong — ${correction} — or an update if new reporting makes it fuller — ${update}`;
}

/** Entries added since the lock, by kind. */
const added = (was: { corrections: unknown[]; updates: unknown[] }, now: { corrections: unknown[]; updates: unknown[] }) => ({
  corrections: now.corrections.length - was.corrections.length,
  updates: now.updates.length - was.updates.length,
});

/**
 * The changes to one published thing (a claim, an event) and its new entries,
 * judged together: published entries stay as they were; a new entry goes with
 * a change readers can see; a change has the kind of entry it needs.
 */
export function judgeChanges(
  was: { corrections: Correction[]; updates: Update[]; published: string },
  now: { corrections: Correction[]; updates: Update[] },
  changes: FieldChange[],
  at: { file: string; lockFile: string; today: string; noteHint: string; canTellUnchanged?: boolean },
): Problem | undefined {
  const altered = alteredEntry(was, now);
  if (altered) {
    const list = altered.type === 'correction' ? 'corrections' : 'updates';
    const entry = was[list][altered.index]!;
    return {
      file: at.file,
      field: `${list}[${altered.index}]`,
      message: `a published ${altered.type} (${entry.date}: "${short('changed' in entry ? entry.changed : entry.note, 80)}") was removed or reworded; readers were shown it, so it stays as published (${at.lockFile})`,
      fix: `restore it exactly as it was (git show HEAD:${at.file}); to correct it, add a new entry below it`,
    };
  }
  const n = added(was, now);
  const needed = neededEntry(changes);
  if (!needed) {
    const type = n.corrections > 0 ? 'correction' : n.updates > 0 ? 'update' : undefined;
    // A record from before attribution was locked cannot show that nothing changed.
    if (!type || at.canTellUnchanged === false) return undefined;
    const list = type === 'correction' ? 'corrections' : 'updates';
    const i = was[list].length;
    const entry = now[list][i]!;
    return {
      file: at.file,
      field: `${list}[${i}]`,
      message: `is new ("${short('changed' in entry ? entry.changed : entry.note, 80)}"), but it reads as it was published on ${was.published} (${at.lockFile}), so readers would be told of a change they cannot see`,
      fix: `make the change the ${type} describes (an entry goes with the change it explains), or remove the entry`,
    };
  }
  const says = changes.map((c) => c.says).join('; ');
  const fields = changes.map((c) => c.field).join(', ');
  if (needed === 'correction' && n.corrections === 0)
    return {
      file: at.file,
      field: fields,
      message: `changed since it was published on ${was.published} (${at.lockFile}): ${says}${n.updates > 0 ? '. An update says there is more; this changes what readers were shown' : ''}`,
      fix: `undo the change, or ${entryFix('correction', at.today, at.noteHint)}; then run npm run build && npm run lock`,
    };
  if (n.corrections === 0 && n.updates === 0)
    return {
      file: at.file,
      field: fields,
      message: `changed since it was published on ${was.published} (${at.lockFile}) with no entry readers would see: ${says}`,
      fix: `undo the change, or ${entryFix(needed, at.today, at.noteHint)}; then run npm run build && npm run lock`,
    };
  return undefined;
}

/** A published claim compared with what it says now: one problem at most. */
export function checkClaimRevisions(
  lock: ClaimLock,
  current: (CurrentClaim & { file: string })[],
  lockFile: string,
  today: string,
  publisherOf: (source: string) => string | undefined = () => undefined,
): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  for (const [id, was] of Object.entries(lock)) {
    const now = resolveLocked(id, current);
    // A removed or renamed claim without its old id is refused by checkRemovedClaims.
    // A renamed claim is checked once, against its own id's record when it has one.
    if (!now || seen.has(now.id) || (now.id !== id && lock[now.id])) continue;
    seen.add(now.id);
    const changes = claimChanges({ ...was, updates: was.updates ?? [] }, now);
    const newSources = [
      ...new Set(
        changes
          .filter((c) => c.kind === 'update')
          .map((c) => now.evidence[Number(/\[(\d+)\]/.exec(c.field)![1])]!.source)
          .flatMap((s) => publisherOf(s) ?? []),
      ),
    ];
    const noteHint = newSources.length ? `Also reported by ${newSources.join(' and ')}.` : 'What is new, in a sentence.';
    const problem = judgeChanges({ ...was, updates: was.updates ?? [] }, now, changes, {
      file: now.file,
      lockFile,
      today,
      noteHint,
      canTellUnchanged: was.evidence.every((e) => e.attribution !== undefined),
    });
    if (problem) problems.push(problem);
  }
  return problems;
}

/**
 * An entry is dated the day readers could see it: not after today, and not
 * before the claim was published (the first day its id, or an old id, was locked).
 */
export function checkEntryDates(current: (CurrentClaim & { file: string })[], lock: ClaimLock, today: string): Problem[] {
  return current.flatMap((c) => {
    const published = publishedDay(lock, c.id, c.aliases);
    return (['corrections', 'updates'] as const).flatMap((list) =>
      c[list].flatMap((x, i): Problem[] => {
        const field = `${list}[${i}].date`;
        const what = list === 'corrections' ? 'correction' : 'update';
        if (x.date > today) return [{ file: c.file, field, message: `${x.date} is after today (${today})`, fix: `date the ${what} the day it is published` }];
        if (published && x.date < published)
          return [
            {
              file: c.file,
              field,
              message: `${x.date} is before the claim was published (${published})`,
              fix: `date the ${what} the day it is published; what the claim said before publication needs none`,
            },
          ];
        return [];
      }),
    );
  });
}
