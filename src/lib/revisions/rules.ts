// The story's revisions, checked as a whole: published claims and events
// against the lock (each change with the entry it needs), entries' days, and
// explainers against what they rested on when last reread. The content check
// (checks/content.ts) calls this with the content as read; `npm run lock` and
// `npm run reviewed` record `current`.
import { dateText, type FuzzyDate } from '../content/dates.ts';
import type { Problem } from '../content/problems.ts';
import { checkClaimRevisions, checkEntryDates, revisionOf, type CurrentClaim } from './claims.ts';
import type { Correction, Update } from './entries.ts';
import { checkEventEntryDates, checkEventRevisions, eventRevisionOf, type CurrentEvent, type EventData } from './events.ts';
import { checkExplainerReviews, relianceOf, restKey, restsOn, type CurrentExplainer } from './explainers.ts';
import type { CurrentRevisions, RevisionLock } from './lock.ts';

export interface RevisionInput {
  claims: {
    id: string;
    file: string;
    aliases: string[];
    data: { statement: string; status: string; evidence: { source: { id: string }; note?: string }[]; corrections: Correction[]; updates?: Update[] };
    /** The source's own words of each quote, when every quote was found (else the claim waits for the quote check's fix). */
    quotes?: string[];
    /** Who says each quote, when every name is known. */
    chains?: { said: string; by: string[] }[];
  }[];
  events: { id: string; file: string; data: EventData }[];
  explainers: { id: string; file: string; body: string }[];
  sources: { id: string; title: string; published: FuzzyDate; publisher: string }[];
}

export interface RevisionContext {
  lock: RevisionLock;
  file: string;
  today: string;
}

/** What each thing an explainer may rest on is now, by key: its fingerprint is what the lock compares. */
function recordsOf(claims: CurrentClaim[], events: CurrentEvent[], sources: RevisionInput['sources']): Map<string, unknown> {
  const records = new Map<string, unknown>();
  for (const c of claims)
    records.set(restKey.claim(c.id), {
      statement: c.statement,
      status: c.status,
      evidence: c.evidence.map((e) => [e.source, e.quote]),
      corrections: c.corrections,
      updates: c.updates,
    });
  for (const e of events)
    records.set(restKey.event(e.id), { when: e.when, title: e.title, summary: e.summary, corrections: e.corrections, updates: e.updates });
  for (const s of sources) records.set(restKey.source(s.id), { title: s.title, published: dateText(s.published), publisher: s.publisher });
  records.set(restKey.sources, sources.map((s) => s.id).sort());
  return records;
}

/** The records of what the content says now, as the lock keeps them. */
export function currentRevisions(input: RevisionInput): CurrentRevisions & { claims: (CurrentClaim & { file: string })[]; explainers: CurrentExplainer[] } {
  const claims = input.claims.flatMap((c) => (c.quotes ? [{ id: c.id, file: c.file, aliases: c.aliases, ...revisionOf(c.data, c.quotes, c.chains) }] : []));
  const events = input.events.map((e) => ({ id: e.id, file: e.file, ...eventRevisionOf(e.data) }));
  const records = recordsOf(claims, events, input.sources);
  const explainers = input.explainers.map((x) => {
    const reliance = relianceOf(x.body);
    return { id: x.id, file: x.file, reliance, restsOn: restsOn(reliance, records) };
  });
  return { claims, events, explainers, sources: input.sources.map((s) => s.id).sort() };
}

/** Every revision problem of the content, and the records it was judged on. */
export function checkRevisionsOf(input: RevisionInput, ctx: RevisionContext): { problems: Problem[]; current: ReturnType<typeof currentRevisions> } {
  const current = currentRevisions(input);
  const { lock, file, today } = ctx;
  const publisher = new Map(input.sources.map((s) => [s.id, s.publisher]));
  // A claim renamed with its old id as an alias is the same claim behind an event.
  const renamedTo = new Map(input.claims.flatMap((c) => c.aliases.map((a) => [a, c.id] as const)));
  // What changed under an explainer, as the editor would name it.
  const describe = (key: string) => {
    if (key === restKey.sources && lock.sources) {
      const was = new Set(lock.sources);
      const now = new Set(current.sources);
      const added = current.sources.filter((s) => !was.has(s));
      const gone = lock.sources.filter((s) => !now.has(s));
      // Ids quoted, as every report names an entry: a source whose file could not be read is then known for the cause.
      const ids = (list: string[]) => list.map((s) => `"${s}"`).join(', ');
      return [added.length ? `${ids(added)} added` : '', gone.length ? `${ids(gone)} removed` : ''].filter(Boolean).join('; ') || undefined;
    }
    const [kind, id] = key.split(':');
    const now = kind === 'claim' ? current.claims.find((c) => c.id === id) : kind === 'event' ? current.events.find((e) => e.id === id) : undefined;
    const was = kind === 'claim' ? lock.claims[id!] : kind === 'event' ? lock.events[id!] : undefined;
    if (!now) return undefined;
    // Its new entries say what changed, as readers are told.
    const corrected = now.corrections.slice(was?.corrections?.length ?? 0).map((c) => `corrected: "${c.changed}"`);
    const updated = now.updates.slice(was?.updates?.length ?? 0).map((u) => `updated: "${u.note}"`);
    return [...corrected, ...updated].join('; ') || 'it has changed';
  };
  return {
    current,
    problems: [
      ...checkEntryDates(current.claims, lock.claims, today),
      ...checkEventEntryDates(current.events, lock.events, today),
      ...checkClaimRevisions(lock.claims, current.claims, file, today, (s) => publisher.get(s)),
      ...checkEventRevisions(lock.events, current.events, file, today, (id) => renamedTo.get(id) ?? id),
      ...checkExplainerReviews(lock.explainers, current.explainers, file, describe),
    ],
  };
}
