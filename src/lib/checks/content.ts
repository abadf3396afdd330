// Every check on the content as a whole, in one pure function: the build calls
// it once with what Astro loaded, tests call it with small fixtures. Schema
// errors (a missing field, a malformed date) are Astro's and come first; these
// are the rules a schema cannot state. Locked URLs are checked after the build,
// against the pages it wrote (src/integrations/published-urls.ts).
import { aliasMap } from '../content/aliases.ts';
import { METHOD_EXPLAINER } from '../site/paths.ts';
import type { Passage } from '../content/quotes.ts';
import { checkAliases } from './aliases.ts';
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
import { checkCorrectionDates, checkRemovedClaims, checkRevisions } from './revisions.ts';
import { checkEventDates, checkEventOrder, checkUniqueOrder } from './when-and-order.ts';
import type { FuzzyDate } from '../content/dates.ts';
import { revisionOf, type Correction, type RevisionLock } from '../content/revisions.ts';
import { fileOf } from '../content/problems.ts';
import { findMdxTags, stringAttr } from '../content/mdx-refs.ts';

type Named<K extends string> = EntryLike & { data: { [k in K]: string } & { alsoKnownAs?: string[]; title?: string } };
type Links = { actor: { id: string }; as: 'citing' | 'quoting' }[];

export interface ContentInput {
  actors: Named<'name'>[];
  topics: (Named<'title'> & { data: { order: number } })[];
  sources: (SourceLike & { data: { kind: string; publisher?: { id: string } } })[];
  claims: (ClaimForCheck & {
    data: {
      aliases: string[];
      statement: string;
      status: string;
      corrections: Correction[];
      attribution?: Links;
    };
  })[];
  events: (EntryLike & { data: { when: FuzzyDate; order?: number } })[];
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
  /** What published claims said (content/published-claims.json), or why it could not be read. */
  revisions?: { lock: RevisionLock; file: string } | { error: Problem };
}

export interface ContentCheck {
  problems: Problem[];
  /** Where each evidence quote was found, by claim id, in evidence order. */
  quotes: QuoteCheck['locations'];
  /** Old claim id → current id. */
  aliases: Map<string, string>;
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
  return {
    problems: [...problems, ...revisionProblems(c.claims, quoteCheck.locations, chainsOf(c), ctx.revisions, ctx.today, claimMarks(c.explainers))],
    quotes: quoteCheck.locations,
    aliases,
  };
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

/** Where explainers mark each claim: "content/explainers/x.mdx (body, line 12)". */
function claimMarks(explainers: ExplainerLike[]): (id: string) => string[] {
  const marks = new Map<string, string[]>();
  for (const e of explainers)
    for (const t of findMdxTags(e.body ?? ''))
      if (t.name === 'Claim') {
        const id = stringAttr(t, 'id');
        if (id) marks.set(id, [...(marks.get(id) ?? []), `${fileOf('explainers', e)} (body, line ${t.line})`]);
      }
  return (id) => marks.get(id) ?? [];
}

/** Claims whose every quote was located are compared with what was published. */
function revisionProblems(
  claims: ContentInput['claims'],
  locations: QuoteCheck['locations'],
  chains: (claim: ContentInput['claims'][number]) => { said: string; by: string[] }[] | undefined,
  revisions: ContentContext['revisions'],
  today: string,
  markedIn: (id: string) => string[],
): Problem[] {
  if (revisions && 'error' in revisions) return [revisions.error];
  const lock = revisions?.lock ?? {};
  const current = claims.flatMap((c) => {
    const locs = locations.get(c.id) ?? [];
    if (locs.length !== c.data.evidence.length) return [];
    return [
      {
        id: c.id,
        file: fileOf('claims', c),
        aliases: c.data.aliases,
        ...revisionOf(
          c.data,
          locs.map((l) => l.exact),
          chains(c),
        ),
      },
    ];
  });
  const onFile = claims.map((c) => ({
    id: c.id,
    file: fileOf('claims', c),
    aliases: c.data.aliases,
    statement: c.data.statement,
    evidence: c.data.evidence.map((e) => ({ source: e.source.id, quote: e.quote })),
  }));
  // A claim with an unlocated quote is left out: the quote check reports it, and its other changes wait for that fix.
  return [
    ...checkCorrectionDates(current, lock, today),
    ...(revisions ? [...checkRevisions(lock, current, revisions.file, today, markedIn), ...checkRemovedClaims(lock, onFile, revisions.file)] : []),
  ];
}
