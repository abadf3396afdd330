// The revision lock, content/published-claims.json: what every published claim
// and timeline event said, with its updates and corrections, and what each
// explainer rested on when its editor last reread it. `npm run lock` writes it
// after a build; `npm run reviewed` stamps one explainer's reading. The rules
// that hold content to it are claims.ts, events.ts and explainers.ts.
import type { ClaimLock, ClaimRevision, CurrentClaim } from './claims.ts';
import { publishedDay, resolveLocked } from './claims.ts';
import type { CurrentEvent, EventLock, EventRevision } from './events.ts';
import type { ExplainerLock } from './explainers.ts';

export const REVISION_LOCKFILE = 'published-claims.json';

export interface RevisionLock {
  claims: ClaimLock;
  events: EventLock;
  explainers: ExplainerLock;
  /** The story's sources when last locked: what a change to the set of them is told against. */
  sources?: string[];
}

export const emptyLock = (): RevisionLock => ({ claims: {}, events: {}, explainers: {} });

export class RevisionLockError extends Error {
  readonly problem: string;
  readonly fix = 'restore it from git (git checkout -- <the file>), then run npm run build && npm run lock';
  constructor(problem: string) {
    super(problem);
    this.problem = problem;
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

export function parseRevisionLock(text: string): RevisionLock {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new RevisionLockError(`is not valid JSON (${(e as Error).message})`);
  }
  if (!isRecord(data) || !isRecord(data.claims)) throw new RevisionLockError('has no "claims" object of claim id → what it said');
  for (const key of ['events', 'explainers'] as const)
    if (data[key] !== undefined && !isRecord(data[key])) throw new RevisionLockError(`has an "${key}" that is not an object of id → record`);
  // Locks written before events and explainers were recorded have neither: they are recorded at the next lock.
  return {
    claims: data.claims as ClaimLock,
    events: (data.events ?? {}) as EventLock,
    explainers: (data.explainers ?? {}) as ExplainerLock,
    ...(Array.isArray(data.sources) ? { sources: data.sources as string[] } : {}),
  };
}

const sorted = <T>(o: Record<string, T>) =>
  Object.fromEntries(
    Object.keys(o)
      .sort()
      .map((k) => [k, o[k]!]),
  );

export function formatRevisionLock(lock: RevisionLock): string {
  return `${JSON.stringify(
    {
      $comment:
        'What every published claim and timeline event said, with its updates and corrections, and what each explainer rested on when last reread; written by `npm run lock` and `npm run reviewed`. A claim or event that differs needs an update or a correction in its file. Never edit by hand.',
      claims: sorted(lock.claims),
      events: sorted(lock.events),
      explainers: sorted(lock.explainers),
      sources: [...(lock.sources ?? [])].sort(),
    },
    null,
    2,
  )}\n`;
}

/** Only what the lock records of a claim, also from a richer record. */
const claimOnly = ({ statement, status, evidence, corrections, updates }: ClaimRevision): ClaimRevision =>
  ({
    statement,
    status,
    evidence: evidence.map(({ source, quote, attribution, note }) => ({ source, quote, ...(attribution ? { attribution } : {}), ...(note ? { note } : {}) })),
    corrections: corrections.map(({ date, changed, reason }) => ({ date, changed, reason })),
    // Claims locked before updates existed have none recorded: an empty list is left out, so they read the same.
    ...(updates?.length ? { updates: updates.map(({ date, note }) => ({ date, note })) } : {}),
  }) as ClaimRevision;

const eventOnly = ({ when, title, summary, claims, corrections, updates }: EventRevision): EventRevision => ({
  when,
  title,
  summary,
  claims,
  corrections,
  updates,
});

export interface CurrentRevisions {
  claims: CurrentClaim[];
  events: CurrentEvent[];
  explainers: { id: string; restsOn: Record<string, string> }[];
  sources: string[];
}

export interface LockChanges {
  added: string[];
  updated: string[];
}

/**
 * The lock after a build: every current claim and event recorded as it is now,
 * keeping the day it was first published (a renamed claim keeps its old id's);
 * every explainer's reliance recorded, a new one as read today. A locked id
 * whose claim or event is gone stays: the URL lock refuses the removal.
 */
export function mergeRevisions(
  lock: RevisionLock,
  current: CurrentRevisions,
  today: string,
): { lock: RevisionLock; claims: LockChanges; events: LockChanges; explainers: LockChanges } {
  const next: RevisionLock = { claims: { ...lock.claims }, events: { ...lock.events }, explainers: { ...lock.explainers }, sources: current.sources };
  const claims: LockChanges = { added: [], updated: [] };
  const record = (id: string, claim: CurrentClaim, published: string) => {
    const was = lock.claims[id];
    const rev = { published, ...claimOnly(claim) };
    if (!was) claims.added.push(id);
    else if (JSON.stringify(was) !== JSON.stringify(rev)) claims.updated.push(id);
    next.claims[id] = rev;
  };
  for (const claim of current.claims) record(claim.id, claim, publishedDay(lock.claims, claim.id, claim.aliases) ?? today);
  for (const id of Object.keys(lock.claims)) {
    const claim = resolveLocked(id, current.claims);
    if (claim && claim.id !== id) record(id, claim, lock.claims[id]!.published);
  }
  const events: LockChanges = { added: [], updated: [] };
  for (const e of current.events) {
    const was = lock.events[e.id];
    const rev = { published: was?.published ?? today, ...eventOnly(e) };
    if (!was) events.added.push(e.id);
    else if (JSON.stringify(was) !== JSON.stringify(rev)) events.updated.push(e.id);
    next.events[e.id] = rev;
  }
  const explainers: LockChanges = { added: [], updated: [] };
  for (const x of current.explainers) {
    const was = lock.explainers[x.id];
    if (!was) explainers.added.push(x.id);
    else if (JSON.stringify(was.restsOn) !== JSON.stringify(x.restsOn)) explainers.updated.push(x.id);
    // A build passes only when what changed under an explainer was reread (npm run reviewed), so its reading stands.
    next.explainers[x.id] = { reviewed: was?.reviewed ?? today, restsOn: x.restsOn };
  }
  return { lock: next, claims, events, explainers };
}

/** What `npm run lock` would change: current claims, events and explainers the lock does not record as they are. */
export function unlockedRevisions(lock: RevisionLock, current: CurrentRevisions): string[] {
  const claims = current.claims.filter((c) => {
    const was = lock.claims[c.id];
    return !was || JSON.stringify(claimOnly(was)) !== JSON.stringify(claimOnly(c));
  });
  const events = current.events.filter((e) => {
    const was = lock.events[e.id];
    return !was || JSON.stringify(eventOnly({ ...was, corrections: was.corrections ?? [], updates: was.updates ?? [] })) !== JSON.stringify(eventOnly(e));
  });
  const explainers = current.explainers.filter((x) => JSON.stringify(lock.explainers[x.id]?.restsOn) !== JSON.stringify(x.restsOn));
  const sources = JSON.stringify(lock.sources ?? null) === JSON.stringify(current.sources) ? [] : ['the set of sources'];
  return [...claims.map((c) => `claim ${c.id}`), ...events.map((e) => `event ${e.id}`), ...explainers.map((x) => `explainer ${x.id}`), ...sources];
}

/** Stamps explainers as reread today: their reliance recorded as it is now. */
export function stampReviewed(lock: RevisionLock, explainers: { id: string; restsOn: Record<string, string> }[], today: string): RevisionLock {
  const next = { ...lock, explainers: { ...lock.explainers } };
  for (const x of explainers) next.explainers[x.id] = { reviewed: today, restsOn: x.restsOn };
  return next;
}

/** The claims a build holds that have no file among `claimFiles` (a content folder's claims/): it was built from another folder. */
export function builtElsewhere(builtIds: readonly string[], claimFiles: readonly string[]): string[] {
  const have = new Set(claimFiles.map((f) => f.replace(/\.[^.]+$/, '')));
  return builtIds.filter((id) => !have.has(id));
}
