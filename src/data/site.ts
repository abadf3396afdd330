// What pages show, derived once per build from the checked content (content/checked.ts):
// quote locations, attribution chains, publisher names, reverse links. Pages
// call site() and stay thin.

import type { CollectionEntry } from 'astro:content';
import { loadCheckedContent } from './content/checked.ts';
import { contentFingerprint } from './content/files.ts';
import { contentRoot } from '../lib/content/root.ts';
import { compareEvents } from '../lib/views/timeline.ts';
import { sortKey } from '../lib/content/dates.ts';
import { pagesGone, paginate, PER_PAGE } from '../lib/lists/paginate.ts';
import { LOCKFILE, parseLockfile } from '../lib/site/published-urls.ts';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { attributionChain, type ChainLink } from '../lib/content/attribution.ts';
import { originalAt, routes } from '../lib/site/paths.ts';
import { smartQuotes } from '../lib/content/typography.ts';
import type { Span } from '../lib/content/marks.ts';
import { publishedDay, revisionOf } from '../lib/revisions/claims.ts';
import { lastChanged, type Correction, type Update } from '../lib/revisions/entries.ts';
import { changesLog } from '../lib/revisions/log.ts';

type Actor = CollectionEntry<'actors'>;
type Source = CollectionEntry<'sources'>;
type Topic = CollectionEntry<'topics'>;
type ClaimEntry = CollectionEntry<'claims'>;
export type EventEntry = CollectionEntry<'events'>;

export interface EvidenceView {
  source: Source;
  publisher: string;
  /** The source's own words for the quote. */
  quote: string;
  n: number;
  note?: string;
  /** "Android Central, citing The Wall Street Journal". */
  chain: string;
  passagePath: string;
  /** The original article, scrolled to the words where the browser supports text fragments. */
  originalUrl?: string;
}

export interface ClaimView {
  id: string;
  entry: ClaimEntry;
  statement: string;
  /** How the sources' accounts differ, when they do. */
  differences?: string;
  status: ClaimEntry['data']['status'];
  evidence: EvidenceView[];
  /** Distinct sources quoted, in evidence order. */
  sources: Source[];
  actors: Actor[];
  topics: Topic[];
  related: string[];
  contrasts: { claim: string; note: string }[];
  events: EventEntry[];
  /** The day it was first locked (npm run lock); none before it is published. */
  published?: string;
  /** Dated changes after publication, oldest first: what was wrong, and what is new. */
  corrections: Correction[];
  updates: Update[];
  /** The day of its newest entry of either kind, and of each kind. */
  lastChanged?: string;
  lastUpdated?: string;
  lastCorrected?: string;
}

function byId<T extends { id: string }>(items: T[]): Map<string, T> {
  return new Map(items.map((i) => [i.id, i]));
}

async function load() {
  const { actors, topics, sources, claims, events, explainers, glossary, diagrams, blocksBySource, quotes, aliases, revisionLock } = await loadCheckedContent();
  const sortedEvents = [...events].sort(compareEvents);
  // Which timeline page each event is on (its permanent address stays /timeline/#event-x).
  const eventPage = new Map(
    paginate(sortedEvents, PER_PAGE.events).flatMap((page) => page.items.map((e) => [e.id, routes.listPage(routes.timeline(), page.number)] as const)),
  );

  const actorById = byId(actors);
  const sourceById = byId(sources);
  /** The one way to name a source's publisher. */
  const publisherOf = (source: Source) => actorById.get(source.data.publisher.id)!.data.name;
  const topicById = byId(topics);
  const chainLinks = (links: ClaimEntry['data']['attribution']): ChainLink[] =>
    links.map((l) => {
      const a = actorById.get(l.actor.id)!;
      return { name: a.data.name, title: a.data.title, as: l.as };
    });

  const eventsByClaim = new Map<string, EventEntry[]>();
  for (const e of sortedEvents) for (const r of e.data.claims) eventsByClaim.set(r.id, [...(eventsByClaim.get(r.id) ?? []), e]);

  const claimViews: ClaimView[] = claims.map((c) => {
    const locations = quotes.get(c.id)!;
    const { corrections, updates } = revisionOf(
      c.data,
      locations.map((l) => l.exact),
    );
    const evidence = c.data.evidence.map((ev, i): EvidenceView => {
      const source = sourceById.get(ev.source.id)!;
      const loc = locations[i]!;
      const publisher = publisherOf(source);
      return {
        source,
        publisher,
        quote: loc.exact,
        n: loc.n,
        note: ev.note && smartQuotes(ev.note),
        chain: attributionChain(publisher, chainLinks(ev.attribution ?? c.data.attribution)),
        passagePath: routes.passage(source.id, loc.n),
        originalUrl: source.data.url ? originalAt(source.data.url, loc.exact) : undefined,
      };
    });
    return {
      id: c.id,
      entry: c,
      statement: smartQuotes(c.data.statement),
      differences: c.data.differences && smartQuotes(c.data.differences),
      status: c.data.status,
      evidence,
      sources: [...new Map(evidence.map((e) => [e.source.id, e.source])).values()],
      actors: c.data.actors.map((a) => actorById.get(a.id)!),
      topics: c.data.topics.map((t) => topicById.get(t.id)!),
      related: c.data.related.map((r) => r.id),
      contrasts: c.data.contrasts.map((x) => ({ claim: x.claim.id, note: smartQuotes(x.note) })),
      events: eventsByClaim.get(c.id) ?? [],
      published: publishedDay(revisionLock.claims, c.id, c.data.aliases),
      corrections,
      updates,
      lastChanged: lastChanged({ corrections, updates }),
      lastUpdated: lastChanged({ corrections: [], updates }),
      lastCorrected: lastChanged({ corrections }),
    };
  });
  const claimById = byId(claimViews);

  // Quoted spans per source passage, for marking source pages.
  const spansBySource = new Map<string, Map<number, Span[]>>();
  for (const claim of claimViews) {
    quotes.get(claim.id)!.forEach((loc, i) => {
      const sourceId = claim.evidence[i]!.source.id;
      const byPassage = spansBySource.get(sourceId) ?? new Map<number, Span[]>();
      byPassage.set(loc.n, [...(byPassage.get(loc.n) ?? []), { start: loc.start, end: loc.end, claim: claim.id }]);
      spansBySource.set(sourceId, byPassage);
    });
  }

  const sortedExplainers = [...explainers].sort((a, b) => a.data.order - b.data.order);
  const sortedTopics = [...topics].sort((a, b) => a.data.order - b.data.order);
  // The claims list, every one of its pages (358 at 10,000 claims): each claim under its first topic, and what its filters offer.
  const topicRank = new Map(sortedTopics.map((t, i) => [t.id, i]));
  const claimsByTopic = [...claimViews].sort((a, b) => (topicRank.get(a.topics[0]!.id) ?? 0) - (topicRank.get(b.topics[0]!.id) ?? 0));
  const claimFacetValues = {
    status: new Set(claimViews.map((c) => c.status)),
    actor: new Set(claimViews.flatMap((c) => c.actors.map((a) => a.id))),
    source: new Set(claimViews.flatMap((c) => c.sources.map((s) => s.id))),
  };
  // Events of one date whose order the sources do not give (order: unknown): each one's others, by title.
  const unknownOrder = new Map<string, string[]>();
  for (const e of sortedEvents.filter((x) => x.data.orderUnknown)) {
    const key = sortKey(e.data.when);
    const others = sortedEvents.filter((x) => x.id !== e.id && x.data.orderUnknown && sortKey(x.data.when) === key);
    if (others.length)
      unknownOrder.set(
        e.id,
        others.map((x) => smartQuotes(x.data.title)),
      );
  }
  const locked = lockedUrls();
  return {
    actors,
    topics: sortedTopics,
    claimsByTopic,
    claimFacetValues,
    sources,
    claims: claimViews,
    events: sortedEvents,
    /** The timeline page an event is on, and the address of its anchor there. */
    eventPage: (id: string) => eventPage.get(id)!,
    eventPath: (id: string) => routes.eventOnPage(eventPage.get(id)!, id),
    explainers: sortedExplainers,
    home: sortedExplainers.find((e) => e.data.home),
    glossary: [...glossary].sort((a, b) => a.data.term.localeCompare(b.data.term)),
    glossaryById: byId(glossary),
    diagramById: byId(diagrams),
    actorById,
    sourceById,
    publisherOf,
    topicById,
    claimById,
    aliases,
    blocksBySource,
    spansBySource,
    /** Every update and correction of claims and events, newest first (/changes/, the feed). */
    changes: changesLog(
      claimViews,
      sortedEvents.map((e) => ({ id: e.id, title: smartQuotes(e.data.title), corrections: e.data.corrections, updates: e.data.updates })),
    ),
    /** The other events of an event's date when the sources do not say which came first (order: unknown), by title. */
    sameDateUnknownOrder: (id: string): string[] => unknownOrder.get(id) ?? [],
    /** The published list pages a shorter list no longer needs (/claims/page/4/), which redirect to the list. */
    pagesGone: (list: string, pages: number) => pagesGone(locked, list, pages),
    /** The day an explainer was last reread against what it rests on (npm run reviewed), once locked. */
    reviewedOn: (id: string): string | undefined => revisionLock.explainers[id]?.reviewed,
  };
}

/** Every URL the story has published (content/published-urls.txt), none for a new story. */
function lockedUrls(): string[] {
  const path = join(contentRoot(), LOCKFILE);
  return existsSync(path) ? parseLockfile(readFileSync(path, 'utf8')) : [];
}

let cached: ReturnType<typeof load> | undefined;
let loadedFrom: string | undefined;
/**
 * The checked content of this build (memoised: every page shares one load).
 * In `npm run dev` it is loaded again when a content file changes, so a page
 * shows the content problem an editor just made, and recovers once it is fixed.
 */
export function site() {
  if (import.meta.env.DEV) {
    const now = contentFingerprint(contentRoot());
    if (now !== loadedFrom) cached = undefined;
    loadedFrom = now;
  }
  cached ??= load();
  return cached;
}
