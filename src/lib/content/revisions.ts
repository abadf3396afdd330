// What a published claim said: the revision lock. A shared link promises that
// the claim still says what it said, or shows what changed and why. The lock
// (content/published-claims.json) records, per published claim, what readers
// saw (statement, status, each quote and its source) and its corrections;
// checks/revisions.ts refuses a change that no new correction explains, and
// `npm run lock` records the current state after a build.

import { smartQuotes } from './typography.ts';

export const REVISION_LOCKFILE = 'published-claims.json';

export interface Correction {
  /** The day of the correction, YYYY-MM-DD. */
  date: string;
  changed: string;
  reason: string;
}

export interface Revision {
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
}

interface LockedRevision extends Revision {
  /** The day the claim was first locked: when it was published. */
  published: string;
}

export type RevisionLock = Record<string, LockedRevision>;

interface ClaimData {
  statement: string;
  status: string;
  evidence: { source: { id: string }; note?: string }[];
  corrections: Correction[];
}

/**
 * A claim as readers see it: typographic quotes, each quote as the source
 * words it (the located passage), with who says it (`chains`, one per quote:
 * the words the claim page writes, and the actors they name) when given.
 */
export function revisionOf(data: ClaimData, quotes: string[], chains?: { said: string; by: string[] }[]): Revision {
  return {
    statement: smartQuotes(data.statement),
    status: data.status,
    evidence: data.evidence.map((e, i) => ({
      source: e.source.id,
      quote: quotes[i]!,
      ...(chains ? { attribution: chains[i]!.said, by: chains[i]!.by, ...(e.note ? { note: smartQuotes(e.note) } : {}) } : {}),
    })),
    corrections: data.corrections.map((c) => ({ date: c.date, changed: smartQuotes(c.changed), reason: smartQuotes(c.reason) })),
  };
}

export class RevisionLockError extends Error {
  readonly problem: string;
  readonly fix = 'restore it from git (git checkout -- <the file>), then run npm run build && npm run lock';
  constructor(problem: string) {
    super(problem);
    this.problem = problem;
  }
}

export function parseRevisionLock(text: string): RevisionLock {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new RevisionLockError(`is not valid JSON (${(e as Error).message})`);
  }
  const claims = data && typeof data === 'object' ? (data as { claims?: unknown }).claims : undefined;
  if (!claims || typeof claims !== 'object' || Array.isArray(claims)) throw new RevisionLockError('has no "claims" object of claim id → what it said');
  return claims as RevisionLock;
}

export function formatRevisionLock(lock: RevisionLock): string {
  const sorted = Object.fromEntries(
    Object.keys(lock)
      .sort()
      .map((id) => [id, lock[id]!]),
  );
  return `${JSON.stringify(
    {
      $comment:
        'What every published claim said, written by `npm run lock`. A claim that differs from this needs a `corrections` entry in its file. Never edit by hand.',
      claims: sorted,
    },
    null,
    2,
  )}\n`;
}

const sameEvidence = (a: Revision['evidence'][number], b: Revision['evidence'][number]) => a.source === b.source && a.quote === b.quote;

export function changedFields(was: Revision, now: Revision): string[] {
  const fields: string[] = [];
  if (was.statement !== now.statement) fields.push('statement');
  if (was.status !== now.status) fields.push('status');
  const n = Math.max(was.evidence.length, now.evidence.length);
  for (let i = 0; i < n; i++) {
    const a = was.evidence[i];
    const b = now.evidence[i];
    if (!a) fields.push(`evidence[${i}] (added)`);
    else if (!b) fields.push(`evidence[${i}] (removed)`);
    else if (a.source !== b.source) fields.push(`evidence[${i}].source`);
    else if (!sameEvidence(a, b)) fields.push(`evidence[${i}].quote`);
    else if (a.attribution !== undefined && b.attribution !== undefined) {
      if (a.attribution !== b.attribution) fields.push(`evidence[${i}].attribution`);
      if ((a.note ?? '') !== (b.note ?? '')) fields.push(`evidence[${i}].note`);
    }
  }
  return fields;
}

const sameCorrection = (a: Correction, b: Correction | undefined) => !!b && a.date === b.date && a.changed === b.changed && a.reason === b.reason;

/** The index of the first published correction that is gone or reworded, if any. */
export function alteredCorrection(was: Revision, now: Revision): number | undefined {
  const i = was.corrections.findIndex((c, k) => !sameCorrection(c, now.corrections[k]));
  return i === -1 ? undefined : i;
}

export interface CurrentClaim extends Revision {
  id: string;
  /** Old ids of this claim: their locked revisions are this claim's history. */
  aliases: string[];
}

/** The day a claim was published: the earliest lock entry of its id or of an old id it was renamed from. */
export function publishedDay(lock: RevisionLock, id: string, aliases: string[]): string | undefined {
  return [id, ...aliases]
    .map((x) => lock[x]?.published)
    .filter((d): d is string => !!d)
    .sort()[0];
}

/** The current claim a locked id now points at: the claim itself or the one it was renamed to. */
export function resolveLocked(id: string, current: CurrentClaim[]): CurrentClaim | undefined {
  return current.find((c) => c.id === id) ?? current.find((c) => c.aliases.includes(id));
}

/** Only what the lock records, also from a richer record (a claim in claims.json). */
const revisionOnly = ({ statement, status, evidence, corrections }: Revision): Revision => ({
  statement,
  status,
  evidence: evidence.map(({ source, quote, attribution, note }) => ({ source, quote, ...(attribution ? { attribution } : {}), ...(note ? { note } : {}) })),
  corrections: corrections.map(({ date, changed, reason }) => ({ date, changed, reason })),
});

/**
 * The lock after a build: every current claim recorded as it is now, keeping
 * the day it was first published (a renamed claim keeps its old id's). A
 * locked id whose claim is gone stays: the URL lock refuses the removal.
 */
export function mergeRevisions(lock: RevisionLock, current: CurrentClaim[], today: string): { lock: RevisionLock; added: string[]; updated: string[] } {
  const next: RevisionLock = { ...lock };
  const added: string[] = [];
  const updated: string[] = [];
  const record = (id: string, claim: CurrentClaim, published: string) => {
    const was = lock[id];
    const rev = { published, ...revisionOnly(claim) };
    if (!was) added.push(id);
    else if (JSON.stringify(was) !== JSON.stringify(rev)) updated.push(id);
    next[id] = rev;
  };
  for (const claim of current) {
    record(claim.id, claim, publishedDay(lock, claim.id, claim.aliases) ?? today);
  }
  for (const id of Object.keys(lock)) {
    const claim = resolveLocked(id, current);
    if (claim && claim.id !== id) record(id, claim, lock[id]!.published);
  }
  return { lock: next, added, updated };
}

/** Current claims the lock does not record as they are: what `npm run lock` would change. */
export function unlockedRevisions(lock: RevisionLock, current: CurrentClaim[]): string[] {
  return current
    .filter((c) => {
      const was = lock[c.id];
      return !was || JSON.stringify(revisionOnly(was)) !== JSON.stringify(revisionOnly(c));
    })
    .map((c) => c.id);
}

/** The day a claim last changed: its newest correction's, if it has one. */
export function lastChanged(corrections: Correction[]): string | undefined {
  return corrections
    .map((c) => c.date)
    .sort()
    .at(-1);
}

export interface LoggedCorrection extends Correction {
  claim: string;
  statement: string;
  /** Its place among the claim's corrections, from 1: the anchor #correction-<n>. */
  n: number;
}

/** Every correction of the site, newest first (then by claim, then latest of a day first). */
export function correctionsLog(claims: { id: string; statement: string; corrections: Correction[] }[]): LoggedCorrection[] {
  return claims
    .flatMap((c) => c.corrections.map((x, i) => ({ ...x, claim: c.id, statement: c.statement, n: i + 1 })))
    .sort((a, b) => b.date.localeCompare(a.date) || a.claim.localeCompare(b.claim) || b.n - a.n);
}

/** The claims a build holds that have no file among `claimFiles` (a content folder's claims/): it was built from another folder. */
export function builtElsewhere(builtIds: readonly string[], claimFiles: readonly string[]): string[] {
  const have = new Set(claimFiles.map((f) => f.replace(/\.[^.]+$/, '')));
  return builtIds.filter((id) => !have.has(id));
}
