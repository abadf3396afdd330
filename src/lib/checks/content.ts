// Every check on the content as a whole, in one pure function: the build calls
// it once with what Astro loaded, tests call it with small fixtures. Schema
// errors (a missing field, a malformed date) are Astro's and come first; these
// are the rules a schema cannot state. Locked URLs are checked after the build,
// against the pages it wrote (src/integrations/published-urls.ts).
import { aliasMap } from '../content/aliases.ts';
import { METHOD_EXPLAINER } from '../site/paths.ts';
import type { Passage } from '../content/quotes.ts';
import { checkAliases, checkRemovedClaims } from './aliases.ts';
import { checkAttributionChains, type ClaimForAttribution } from './attribution.ts';
import { checkDiagrams, type DiagramLike } from './diagrams.ts';
import { checkExplainerLinks } from './explainer-links.ts';
import { checkDuplicateIds } from './duplicate-ids.ts';
import { checkDuplicateClaims, checkDuplicateSources, checkIdenticalEntries, checkSameNames } from './duplicates.ts';
import { checkExplainerRefs, checkHome, checkRequiredExplainers, type ExplainerLike } from './explainers.ts';
import type { EntryLike, Problem } from '../content/problems.ts';
import { checkQuotes, type ClaimForCheck, type QuoteCheck } from './quotes.ts';
import { attributionChain } from '../content/attribution.ts';
import { checkReaderWords } from './reader-words.ts';
import { checkReferences } from './references.ts';
import { checkSources, type SourceLike } from './sources.ts';
import type { Seed } from '../content/archive/seed.ts';
import { checkEventDates, checkEventOrder, checkUniqueOrder } from './when-and-order.ts';
import type { FuzzyDate } from '../content/dates.ts';
import { fileOf } from '../content/problems.ts';
import type { Correction, Update } from '../revisions/entries.ts';
import { emptyLock, type RevisionLock } from '../revisions/lock.ts';
import { checkRevisionsOf, type currentRevisions } from '../revisions/rules.ts';

type Named<K extends string> = EntryLike & { data: { [k in K]: string } & { alsoKnownAs?: string[]; title?: string } };
type Links = { actor: { id: string }; as: 'citing' | 'quoting' }[];

export interface ContentInput {
  actors: Named<'name'>[];
  topics: (Named<'title'> & { data: { order: number } })[];
  sources: (SourceLike & { data: { kind: string; publisher?: { id: string }; title?: string; published?: FuzzyDate } })[];
  claims: (ClaimForCheck & {
    data: {
      aliases: string[];
      statement: string;
      status: string;
      corrections: Correction[];
      updates?: Update[];
      attribution?: Links;
    };
  })[];
  events: (EntryLike & {
    data: {
      when: FuzzyDate;
      order?: number;
      orderUnknown?: boolean;
      title: string;
      summary: string;
      claims: { id: string }[];
      corrections?: Correction[];
      updates?: Update[];
    };
  })[];
  explainers: (ExplainerLike & EntryLike & { data: { order: number } })[];
  glossary: Named<'term'>[];
  diagrams: (DiagramLike & EntryLike)[];
}

export interface ContentContext {
  /** Each source's archived passages, as the source pages number them. */
  passages: Map<string, Passage[]>;
  /** File names per collection folder, to find two files giving one id. */
  files: Record<string, string[]>;
  /** A seed file (content/seeds/) as read (archive/seed.ts), or undefined when there is none by that name. */
  seeds: (name: string) => Seed | undefined;
  /** The day of the build (YYYY-MM-DD): nothing shown as done may come after it. */
  today: string;
  /** What published claims and events said and explainers rested on (content/published-claims.json), or why it could not be read. */
  revisions?: { lock: RevisionLock; file: string } | { error: Problem };
}

export interface ContentCheck {
  problems: Problem[];
  /** Where each evidence quote was found, by claim id, in evidence order. */
  quotes: QuoteCheck['locations'];
  /** Old claim id → current id. */
  aliases: Map<string, string>;
  /** The claims, events and explainers as the revision lock records them (what npm run lock writes). */
  revisions: ReturnType<typeof currentRevisions>;
}

const REQUIRED_EXPLAINERS = [
  {
    id: METHOD_EXPLAINER,
    why: 'every claim list and status badge',
    body: /<StatusList\b/,
    bodyHint: 'status badges link to the status meanings, which <StatusList /> shows: keep it in the body',
  },
];

export function checkContent(c: ContentInput, ctx: ContentContext): ContentCheck {
  const aliases = aliasMap(c.claims);
  const publishers = new Map(c.sources.map((s) => [s.id, s.data.publisher?.id]));
  const passageCount = new Map(c.sources.map((s) => [s.id, s.data.kind === 'article' ? (ctx.passages.get(s.id)?.length ?? 0) : 0]));
  const quoteCheck = checkQuotes(c.claims, new Map(c.sources.map((s) => [s.id, { kind: s.data.kind, passages: ctx.passages.get(s.id) ?? [] }])));
  const problems = [
    ...checkReferences({ ...c }, aliases),
    ...checkExplainerRefs(c.explainers, {
      claims: new Set(c.claims.map((x) => x.id)),
      glossary: new Set(c.glossary.map((x) => x.id)),
      diagrams: new Set(c.diagrams.map((x) => x.id)),
      events: new Set(c.events.map((x) => x.id)),
      passageCount,
      claimAliases: aliases,
    }),
    ...checkExplainerLinks(c.explainers, {
      claims: new Set(c.claims.map((x) => x.id)),
      claimAliases: aliases,
      actors: new Set(c.actors.map((x) => x.id)),
      explainers: new Set(c.explainers.filter((x) => !x.data.home).map((x) => x.id)),
      home: c.explainers.find((x) => x.data.home)?.id,
      passageCount,
      events: new Set(c.events.map((x) => x.id)),
      glossary: new Set(c.glossary.map((x) => x.id)),
    }),
    ...checkDiagrams(c.diagrams),
    ...checkEventDates(c.events, ctx.today),
    ...checkEventOrder(c.events),
    ...checkUniqueOrder('topics', c.topics),
    ...checkUniqueOrder('explainers', c.explainers),
    ...checkHome(c.explainers),
    ...checkRequiredExplainers(c.explainers, REQUIRED_EXPLAINERS),
    ...checkSources(c.sources, ctx.seeds, ctx.passages),
    ...checkDuplicateIds(ctx.files),
    ...checkDuplicateClaims(c.claims),
    ...checkDuplicateSources(c.sources, ctx.passages),
    ...(['actors', 'topics', 'events', 'explainers', 'glossary', 'diagrams'] as const).flatMap((k) => checkIdenticalEntries(k, c[k])),
    ...checkSameNames('glossary', 'term', c.glossary),
    ...checkSameNames('actors', 'name', c.actors),
    ...checkSameNames('topics', 'title', c.topics),
    ...checkSameNames('explainers', 'title', c.explainers),
    ...quoteCheck.problems,
    ...checkAliases(c.claims),
    ...checkAttributionChains(c.claims as ClaimForAttribution[], (id) => publishers.get(id)),
    ...checkReaderWords([
      ...c.actors.map((a) => ({ ...a, collection: 'actors' as const, name: a.data.name, alsoKnownAs: a.data.alsoKnownAs ?? [] })),
      ...c.glossary.map((t) => ({ ...t, collection: 'glossary' as const, name: t.data.term, alsoKnownAs: t.data.alsoKnownAs ?? [] })),
      ...c.topics.map((t) => ({ ...t, collection: 'topics' as const, name: t.data.title, alsoKnownAs: t.data.alsoKnownAs ?? [] })),
    ]),
  ];
  const revisions = revisionProblems(c, quoteCheck.locations, ctx);
  return { problems: [...problems, ...revisions.problems], quotes: quoteCheck.locations, aliases, revisions: revisions.current };
}

/** Who says each quote of a claim, as its page writes it; undefined where a name is missing (the reference check reports that). */
function chainsOf(c: ContentInput): (claim: ContentInput['claims'][number]) => { said: string; by: string[] }[] | undefined {
  const actors = new Map(c.actors.map((a) => [a.id, a.data]));
  const sources = new Map(c.sources.map((x) => [x.id, x.data]));
  return (claim) => {
    const evidence = claim.data.evidence as { source: { id: string }; attribution?: Links }[];
    const chains = evidence.map((ev) => {
      const publisherId = sources.get(ev.source.id)?.publisher?.id ?? '';
      const publisher = actors.get(publisherId);
      const named = ev.attribution ?? claim.data.attribution ?? [];
      const links = named.map((l) => ({ actor: actors.get(l.actor.id), as: l.as }));
      if (!publisher || links.some((l) => !l.actor)) return undefined;
      return {
        said: attributionChain(
          publisher.name,
          links.map((l) => ({ name: l.actor!.name, title: l.actor!.title, as: l.as })),
        ),
        by: [publisherId, ...named.map((l) => l.actor.id)],
      };
    });
    return chains.every((x) => x !== undefined) ? chains : undefined;
  };
}

/**
 * The story's revisions (lib/revisions): claims whose every quote was located,
 * events and explainers, judged against the lock; a claim with an unlocated
 * quote waits for the quote check's fix.
 */
function revisionProblems(c: ContentInput, locations: QuoteCheck['locations'], ctx: ContentContext) {
  const chains = chainsOf(c);
  const actors = new Map(c.actors.map((a) => [a.id, a.data.name]));
  const input = {
    claims: c.claims.map((claim) => {
      const locs = locations.get(claim.id) ?? [];
      const located = locs.length === claim.data.evidence.length;
      return {
        id: claim.id,
        file: fileOf('claims', claim),
        aliases: claim.data.aliases,
        data: claim.data as Parameters<typeof checkRevisionsOf>[0]['claims'][number]['data'],
        ...(located ? { quotes: locs.map((l) => l.exact), chains: chains(claim) } : {}),
      };
    }),
    events: c.events.map((e) => ({ id: e.id, file: fileOf('events', e), data: e.data })),
    explainers: c.explainers.map((e) => ({ id: e.id, file: fileOf('explainers', e), body: e.body ?? '' })),
    sources: c.sources.map((s) => ({
      id: s.id,
      title: s.data.title ?? s.id,
      published: s.data.published ?? { kind: 'undated' as const },
      publisher: actors.get(s.data.publisher?.id ?? '') ?? s.data.publisher?.id ?? '',
    })),
  };
  if (ctx.revisions && 'error' in ctx.revisions)
    return { problems: [ctx.revisions.error], current: checkRevisionsOf(input, { lock: emptyLock(), file: '', today: ctx.today }).current };
  const lock = ctx.revisions?.lock ?? emptyLock();
  const judged = checkRevisionsOf(input, { lock, file: ctx.revisions?.file ?? '', today: ctx.today });
  const onFile = c.claims.map((x) => ({
    id: x.id,
    file: fileOf('claims', x),
    aliases: x.data.aliases,
    statement: x.data.statement,
    evidence: x.data.evidence.map((e) => ({ source: e.source.id, quote: e.quote })),
  }));
  return {
    current: judged.current,
    problems: ctx.revisions
      ? [...judged.problems, ...checkRemovedClaims(lock.claims, onFile, ctx.revisions.file)]
      : judged.problems.filter((p) => p.field.includes('.date')),
  };
}
