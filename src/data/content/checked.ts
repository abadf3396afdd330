// Loads every collection once per build and checks it as a whole; the build
// stops with one message naming every bad file, field and fix. Views of the
// checked content are built in site.ts.
import { getCollection, type CollectionEntry } from 'astro:content';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { contentDir, contentRoot } from '../../lib/content/root.ts';
import { parseArticleBody, passages as passagesOf, type Block } from '../../lib/content/article.ts';
import { checkContent } from '../../lib/checks/content.ts';
import { readSeed } from '../../lib/content/archive/seed.ts';
import { ContentError } from '../../lib/content/problems.ts';
import { checkSchemas } from '../../lib/checks/schema.ts';
import { checkContentFiles } from '../../lib/checks/check-files.ts';
import { lineOfField } from '../../lib/checks/files/yaml-data.ts';
import { splitFrontmatter } from '../../lib/checks/files/mdx-body.ts';
import { readContentFiles } from './files.ts';
import type { QuoteLocation } from '../../lib/content/quotes.ts';
import { emptyLock, parseRevisionLock, REVISION_LOCKFILE, RevisionLockError, type RevisionLock } from '../../lib/revisions/lock.ts';

const COLLECTIONS = ['actors', 'topics', 'sources', 'claims', 'events', 'explainers', 'glossary', 'diagrams'] as const;
const contentFiles = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => /\.(ya?ml|json|mdx?)$/.test(f)) : []);

export interface CheckedContent {
  actors: CollectionEntry<'actors'>[];
  topics: CollectionEntry<'topics'>[];
  sources: CollectionEntry<'sources'>[];
  claims: CollectionEntry<'claims'>[];
  events: CollectionEntry<'events'>[];
  explainers: CollectionEntry<'explainers'>[];
  glossary: CollectionEntry<'glossary'>[];
  diagrams: CollectionEntry<'diagrams'>[];
  blocksBySource: Map<string, Block[]>;
  /** Where each evidence quote was found, by claim id, in evidence order. */
  quotes: Map<string, QuoteLocation[]>;
  /** Old claim id → current id: each builds a redirect page. */
  aliases: Map<string, string>;
  /** What each published claim said, and the day it was published. */
  revisionLock: RevisionLock;
}

/** The committed revision lock; none yet (a new story) is an empty one. */
function readRevisions(root: string) {
  const path = join(root, REVISION_LOCKFILE);
  const file = relative(process.cwd(), path);
  if (!existsSync(path)) return { lock: emptyLock(), file };
  try {
    return { lock: parseRevisionLock(readFileSync(path, 'utf8')), file };
  } catch (e) {
    if (!(e instanceof RevisionLockError)) throw e;
    return { error: { file, field: 'claims', message: e.problem, fix: e.fix } };
  }
}

/** The line of a file a problem's field is written on (an MDX file's fields are its frontmatter), if it can be found. */
function fieldLineIn(file: string, field: string): number | undefined {
  if (!existsSync(file)) return undefined;
  const text = readFileSync(file, 'utf8');
  // The frontmatter's text keeps the file's line numbers (see splitFrontmatter).
  return lineOfField(/\.mdx?$/.test(file) ? (splitFrontmatter(text).frontmatter ?? '') : text, field);
}

/**
 * The error as `npm run dev`'s overlay shows it: the report, then the first
 * problem's file at its line (not a frame of our code), and what to do.
 */
function forTheOverlay(e: ContentError): ContentError {
  const first = e.problems[0]!;
  const file = resolve(first.file.split(' and ')[0]!);
  const written = /line (\d+)/.exec(`${first.field} ${first.message}`)?.[1];
  const line = written ? Number(written) : (fieldLineIn(file, first.field) ?? 1);
  return Object.assign(e, {
    stack: `${e.name}: ${e.message}`,
    title: 'A content file needs fixing',
    hint: 'Fix each file as the report says; the page reloads when you save it.',
    loc: { file, line, column: 1 },
  });
}

/** The content of this build, checked; throws a ContentError listing every problem. */
export async function loadCheckedContent(): Promise<CheckedContent> {
  // A build ran this check before Astro read anything (integrations/content-check.ts); `npm run dev` runs it for
  // each load, as files change, so a page shows what an editor just broke instead of what Astro's reader makes of it.
  if (import.meta.env.DEV) {
    const { problems } = await checkContentFiles(readContentFiles(contentRoot()), new Date().toISOString().slice(0, 10));
    if (problems.length) throw forTheOverlay(new ContentError(problems, contentDir()));
  }
  const [actors, topics, sources, claims, events, explainers, glossary, diagrams] = (await Promise.all(COLLECTIONS.map((c) => getCollection(c)))) as [
    CollectionEntry<'actors'>[],
    CollectionEntry<'topics'>[],
    CollectionEntry<'sources'>[],
    CollectionEntry<'claims'>[],
    CollectionEntry<'events'>[],
    CollectionEntry<'explainers'>[],
    CollectionEntry<'glossary'>[],
    CollectionEntry<'diagrams'>[],
  ];
  // Entries that failed their schema come first: the other checks need valid data.
  const schemaProblems = checkSchemas({ actors, topics, sources, claims, events, explainers, glossary, diagrams });
  if (schemaProblems.length) throw new ContentError(schemaProblems, contentDir());
  const root = contentRoot();
  const revisions = readRevisions(root);
  const blocksBySource = new Map(sources.map((s) => [s.id, parseArticleBody(s.body ?? '')]));
  const seedNames = [...new Set(sources.flatMap((s) => (s.data.seedFile && existsSync(join(root, 'seeds', s.data.seedFile)) ? [s.data.seedFile] : [])))];
  const seeds = new Map(await Promise.all(seedNames.map(async (n) => [n, await readSeed(n, readFileSync(join(root, 'seeds', n), 'utf8'))] as const)));
  const { problems, quotes, aliases } = checkContent(
    { actors, topics, sources, claims, events, explainers, glossary, diagrams },
    {
      passages: new Map([...blocksBySource].map(([id, blocks]) => [id, passagesOf(blocks)])),
      files: Object.fromEntries(COLLECTIONS.map((c) => [c, contentFiles(join(root, c))])),
      seeds: (name) => seeds.get(name),
      revisions,
      today: new Date().toISOString().slice(0, 10),
    },
  );
  if (problems.length) throw new ContentError(problems, contentDir());
  return {
    actors,
    topics,
    sources,
    claims,
    events,
    explainers,
    glossary,
    diagrams,
    blocksBySource,
    quotes,
    aliases,
    revisionLock: ('lock' in revisions && revisions.lock) || emptyLock(),
  };
}
