// Loads every collection once per build, checks it as a whole, and fails the
// build with one message naming each bad file and field. Then it derives what
// pages need (quote locations, attribution chains, reverse links) once, so
// pages stay thin. Pages call site().

import { getCollection, type CollectionEntry } from 'astro:content';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { contentRoot } from '../lib/content-root.ts';
import { checkDuplicateIds, checkIntegrity, checkSources, formatProblems } from '../lib/integrity.ts';
import { parseArticleBody, passages as passagesOf } from '../lib/article.ts';
import { checkQuotes } from '../lib/evidence.ts';
import { aliasMap, checkAliases } from '../lib/aliases.ts';
import { checkLockedUrls, LOCKFILE, parseLockfile } from '../lib/published-urls.ts';
import { checkDiagrams, checkExplainerRefs, checkHome } from '../lib/content-checks.ts';
import { compareEvents } from '../lib/timeline.ts';
import { paginate, pagePath, PER_PAGE } from '../lib/paginate.ts';
import { attributionChain, type ChainLink } from '../lib/attribution.ts';
import { textFragment } from '../lib/quotes.ts';
import { routes } from '../lib/paths.ts';
import { smartQuotes } from '../lib/typography.ts';
import type { Span } from '../lib/marks.ts';

export type Actor = CollectionEntry<'actors'>;
export type Source = CollectionEntry<'sources'>;
export type Topic = CollectionEntry<'topics'>;
export type ClaimEntry = CollectionEntry<'claims'>;
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
}

const COLLECTIONS = ['actors', 'topics', 'sources', 'claims', 'events', 'explainers', 'glossary', 'diagrams'];
const contentFiles = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => /\.(ya?ml|json|mdx?)$/.test(f)) : []);

function byId<T extends { id: string }>(items: T[]): Map<string, T> {
  return new Map(items.map((i) => [i.id, i]));
}

async function load() {
  const [actors, topics, sources, claims, events, explainers, glossary, diagrams] = await Promise.all([
    getCollection('actors'),
    getCollection('topics'),
    getCollection('sources'),
    getCollection('claims'),
    getCollection('events'),
    getCollection('explainers'),
    getCollection('glossary'),
    getCollection('diagrams'),
  ]);
  const root = contentRoot();
  const blocksBySource = new Map(sources.map((s) => [s.id, parseArticleBody(s.body ?? '')]));
  const passagesBySource = new Map([...blocksBySource].map(([id, blocks]) => [id, passagesOf(blocks)]));

  const quoteCheck = checkQuotes(
    claims,
    new Map(sources.map((s) => [s.id, { kind: s.data.kind, passages: passagesBySource.get(s.id)! }])),
  );
  // Timeline pages: an event's address names the page it is on.
  const sortedEvents = [...events].sort(compareEvents);
  const eventPage = new Map(
    paginate(sortedEvents, PER_PAGE.events).flatMap((page) => page.items.map((e) => [e.id, pagePath(routes.timeline(), page.number)] as const)),
  );
  const published = publishedPaths({ sources, claims, explainers, actors, eventIds: sortedEvents.map((e) => e.id) });
  const lockfile = join(root, LOCKFILE);
  const locked = existsSync(lockfile) ? parseLockfile(readFileSync(lockfile, 'utf8')) : [];
  const problems = [
    ...checkIntegrity({ actors, topics, sources, claims, events, explainers, glossary, diagrams }, aliasMap(claims)),
    ...checkExplainerRefs(explainers, {
      claims: new Set(claims.map((c) => c.id)),
      sources: new Set(sources.map((s) => s.id)),
      glossary: new Set(glossary.map((g) => g.id)),
      diagrams: new Set(diagrams.map((d) => d.id)),
    }, aliasMap(claims)),
    ...checkDiagrams(diagrams),
    ...checkHome(explainers),
    ...checkSources(sources, (name) => existsSync(join(root, 'seeds', name))),
    ...checkDuplicateIds(Object.fromEntries(COLLECTIONS.map((c) => [c, contentFiles(join(root, c))]))),
    ...quoteCheck.problems,
    ...checkAliases(claims),
    ...checkLockedUrls(locked, published, relative(process.cwd(), lockfile)),
  ];
  if (problems.length) throw new Error(formatProblems(problems));

  const actorById = byId(actors);
  const sourceById = byId(sources);
  const topicById = byId(topics);
  const chainLinks = (links: ClaimEntry['data']['attribution']): ChainLink[] =>
    links.map((l) => {
      const a = actorById.get(l.actor.id)!;
      return { name: a.data.name, title: a.data.title, as: l.as };
    });

  const eventsByClaim = new Map<string, EventEntry[]>();
  for (const e of sortedEvents) for (const r of e.data.claims) eventsByClaim.set(r.id, [...(eventsByClaim.get(r.id) ?? []), e]);

  const claimViews: ClaimView[] = claims.map((c) => {
    const locations = quoteCheck.locations.get(c.id)!;
    const evidence = c.data.evidence.map((ev, i): EvidenceView => {
      const source = sourceById.get(ev.source.id)!;
      const loc = locations[i]!;
      const publisher = actorById.get(source.data.publisher.id)!.data.name;
      return {
        source,
        publisher,
        quote: loc.exact,
        n: loc.n,
        note: ev.note && smartQuotes(ev.note),
        chain: attributionChain(publisher, chainLinks(ev.attribution ?? c.data.attribution)),
        passagePath: routes.passage(source.id, loc.n),
        originalUrl: source.data.url ? `${source.data.url}${textFragment(loc.exact)}` : undefined,
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
    };
  });
  const claimById = byId(claimViews);

  // Quoted spans per source passage, for marking source pages.
  const spansBySource = new Map<string, Map<number, Span[]>>();
  for (const claim of claimViews) {
    quoteCheck.locations.get(claim.id)!.forEach((loc, i) => {
      const sourceId = claim.evidence[i]!.source.id;
      const byPassage = spansBySource.get(sourceId) ?? new Map<number, Span[]>();
      byPassage.set(loc.n, [...(byPassage.get(loc.n) ?? []), { start: loc.start, end: loc.end, claim: claim.id }]);
      spansBySource.set(sourceId, byPassage);
    });
  }

  const sortedExplainers = [...explainers].sort((a, b) => a.data.order - b.data.order);
  return {
    actors,
    topics: [...topics].sort((a, b) => a.data.order - b.data.order),
    sources,
    claims: claimViews,
    events: sortedEvents,
    /** "/timeline/#event-x", or "/timeline/page/2/#event-x" on a long timeline. */
    /** The timeline page an event is on, and the address of its anchor there. */
    eventPage: (id: string) => eventPage.get(id)!,
    eventPath: (id: string) => `${eventPage.get(id)!}#event-${id}`,
    explainers: sortedExplainers,
    home: sortedExplainers.find((e) => e.data.home),
    glossary: [...glossary].sort((a, b) => a.data.term.localeCompare(b.data.term)),
    glossaryById: byId(glossary),
    diagramById: byId(diagrams),
    actorById,
    sourceById,
    topicById,
    claimById,
    aliases: aliasMap(claims),
    blocksBySource,
    spansBySource,
    published,
  };
}

/** Every URL this content publishes (the lockfile's counterpart). */
function publishedPaths(c: {
  sources: Source[];
  claims: ClaimEntry[];
  explainers: CollectionEntry<'explainers'>[];
  actors: Actor[];
  eventIds: string[];
}): Set<string> {
  return new Set([
    routes.home(),
    routes.sources(),
    routes.claims(),
    routes.timeline(),
    routes.explainers(),
    routes.glossary(),
    routes.actors(),
    routes.search(),
    '/claims.json',
    '/published-urls.txt',
    ...c.sources.map((s) => routes.source(s.id)),
    ...c.claims.flatMap((x) => [routes.claim(x.id), ...x.data.aliases.map((a) => routes.claim(a))]),
    ...c.explainers.filter((e) => !e.data.home).map((e) => routes.explainer(e.id)),
    // Events are published at their permanent address, whichever page they are on.
    ...c.eventIds.map((id) => routes.event(id)),
    ...paginate(c.claims, PER_PAGE.claims).slice(1).map((p) => pagePath(routes.claims(), p.number)),
    ...paginate(c.sources, PER_PAGE.sources).slice(1).map((p) => pagePath(routes.sources(), p.number)),
    ...paginate(c.eventIds, PER_PAGE.events).slice(1).map((p) => pagePath(routes.timeline(), p.number)),
    ...c.actors.map((a) => routes.actor(a.id)),
  ]);
}

let cached: ReturnType<typeof load> | undefined;
/** The checked content of this build (memoised: every page shares one load). */
export function site() {
  cached ??= load();
  return cached;
}
export type Site = Awaited<ReturnType<typeof load>>;
