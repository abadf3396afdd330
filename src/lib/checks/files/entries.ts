// Content files → entries, as Astro's loader will make them (id from the file
// name, data read by its YAML reader and checked by the collection's schema,
// the MDX body after the frontmatter), with every problem of every file named:
// its bytes (text.ts), its YAML (yaml-data.ts), its MDX (mdx-body.ts), its
// fields (schemas.ts). Pure: the files come in as text, so the build's gate,
// `npm run dev` and the fuzzer all run exactly this.
import { z } from 'astro/zod';
import { contentSchemas } from '../../content/schemas.ts';
import { schemaFix, schemaIssues } from '../schema.ts';
import type { Problem } from '../../content/problems.ts';
import { slugify } from '../../content/ids.ts';
import { cleanText, invisibleChars, invisibleProblem } from './text.ts';
import { readYamlData, type FileProblem } from './yaml-data.ts';
import { mdxBodyProblems, splitFrontmatter } from './mdx-body.ts';

export const COLLECTIONS = ['actors', 'topics', 'sources', 'claims', 'events', 'explainers', 'glossary', 'diagrams'] as const;
export type Collection = (typeof COLLECTIONS)[number];

/** The files each collection reads (content.config.ts): prose as MDX, the rest as data. */
const PROSE: ReadonlySet<Collection> = new Set(['sources', 'explainers']);
export const readsFile = (collection: Collection, name: string) => (PROSE.has(collection) ? /\.mdx?$/ : /\.(ya?ml|json)$/).test(name);

/** One file of a collection's folder, as read from disk. */
export interface ContentFile {
  collection: Collection;
  /** The file name in its folder. */
  name: string;
  /** The path problems name, from the project root: content/claims/x.yaml. */
  path: string;
  text: string;
  /** Its size on disk. */
  bytes: number;
  /** A folder inside the collection's folder, not a file. */
  folder?: boolean;
}

export interface Entry {
  id: string;
  filePath: string;
  data: Record<string, unknown>;
  body?: string;
}

/**
 * An unknown field whose name holds a space ("According to The Verge") is a
 * line of text that lost its indent: YAML read the words before its colon as a
 * field. Said at its line, with the fix that keeps the words.
 */
function wrappedLine(issue: { field: string; message: string }, text: string): FileProblem | undefined {
  const key = /^Unrecognized keys?: "([^"]*\s[^"]*)"/.exec(issue.message)?.[1];
  if (!key) return undefined;
  const line = text.split('\n').findIndex((l) => l.startsWith(`${key}:`)) + 1;
  if (!line) return undefined;
  return {
    field: `line ${line}`,
    message: `"${key}: …" reads as a field, because the line starts at the left edge and holds a colon; it looks like the text of the field above, wrapped`,
    fix: 'indent it under the field above, or write the whole text on one line in double quotes',
  };
}

/** "an event": how a problem names an entry of each collection. */
const ARTICLE: Record<Collection, string> = {
  actors: 'an actor',
  topics: 'a topic',
  sources: 'a source',
  claims: 'a claim',
  events: 'an event',
  explainers: 'an explainer',
  glossary: 'a glossary term',
  diagrams: 'a diagram',
};

/**
 * The collection whose schema a file's fields satisfy when its own folder's
 * does not: a file saved in the wrong folder, read as it was meant.
 */
async function belongsElsewhere(collection: Collection, data: unknown): Promise<Collection | undefined> {
  const prose = PROSE.has(collection);
  for (const other of COLLECTIONS) {
    if (other === collection || PROSE.has(other) !== prose) continue;
    if ((await schemas[other].safeParseAsync(data)).success) return other;
  }
  return undefined;
}

/** Schemas with a stand-in for Astro's reference(), which makes an id { collection, id } as Astro's does. */
const schemas = contentSchemas(((collection: string) => z.string().transform((id) => ({ collection, id }))) as unknown as Parameters<typeof contentSchemas>[0]);

/** Blank lines before a part of a file, so line numbers in it are the file's. */
const atLine = (text: string, line: number) => '\n'.repeat(line - 1) + text;

/** A file's data and body, or its problems; the same text gives the same answer, so it is kept. */
interface Read {
  data?: Record<string, unknown>;
  body?: string;
  problems: FileProblem[];
}

function readJson(text: string): Read {
  try {
    const data: unknown = JSON.parse(text);
    if (data === null || typeof data !== 'object' || Array.isArray(data))
      return { problems: [{ field: '(the whole file)', message: 'is not a set of fields', fix: 'write it as one JSON object: { "name": "…" }' }] };
    return { data: data as Record<string, unknown>, problems: [] };
  } catch (e) {
    return { problems: [{ field: '(the whole file)', message: `is not valid JSON: ${(e as Error).message}`, fix: 'correct it, or write the entry as YAML' }] };
  }
}

function readFile(file: ContentFile, text: string): Read {
  if (!/\.mdx?$/.test(file.name)) {
    if (file.name.endsWith('.json')) {
      const invisible = invisibleChars(text).map(({ offset, char }) => ({ field: '(the whole file)', ...invisibleProblem(text, offset, char) }));
      return invisible.length ? { problems: invisible } : readJson(text);
    }
    return readYamlData(text);
  }
  const { frontmatter, body, bodyLine } = splitFrontmatter(text);
  // The frontmatter's text starts with the line end of its opening ---: its lines are the file's already.
  const front = frontmatter === undefined ? { data: {}, problems: [] } : readYamlData(atLine(frontmatter, 1), 'the frontmatter');
  const problems = [...front.problems];
  // A source's body is the article as archived, parsed by the site itself; an explainer's is compiled as MDX.
  if (file.collection === 'explainers') problems.push(...mdxBodyProblems(body, bodyLine));
  const padded = atLine(body, bodyLine);
  for (const { offset, char } of invisibleChars(padded)) problems.push({ field: 'body', ...invisibleProblem(padded, offset, char) });
  // An explainer's body keeps its place in the file, so the rules about the whole name the file's lines, as this file's own do.
  return { data: front.data, body: file.collection === 'explainers' ? padded : body, problems };
}

const cache = new Map<string, Read>();
/** Reads are kept by file and text: a fuzzer changing one file of many reads the others once. */
function readCached(file: ContentFile, text: string): Read {
  const key = `${file.collection}/${file.name}\0${text}`;
  let r = cache.get(key);
  if (!r) {
    if (cache.size > 5_000) cache.clear();
    cache.set(key, (r = readFile(file, text)));
  }
  return r;
}

/** Every collection's entries, and every problem of every file. */
export async function readEntries(
  files: readonly ContentFile[],
): Promise<{ entries: Record<Collection, Entry[]>; problems: Problem[]; unread: { collection: Collection; id: string; file: string }[] }> {
  const entries = Object.fromEntries(COLLECTIONS.map((c) => [c, [] as Entry[]])) as Record<Collection, Entry[]>;
  const problems: Problem[] = [];
  const unread: { collection: Collection; id: string; file: string }[] = [];
  const add = (file: ContentFile, list: FileProblem[]) => {
    problems.push(...list.map((p) => ({ file: file.path, ...p })));
    unread.push({ collection: file.collection, id: slugify(file.name.replace(/\.[^.]+$/, '')), file: file.path });
  };
  for (const file of files) {
    if (file.folder) {
      add(file, [
        {
          field: 'folder',
          message: `is a folder: content/${file.collection}/ reads only the files directly in it, so nothing in this folder is published`,
          fix: `move its files up into content/${file.collection}/, or the folder out of content/`,
        },
      ]);
      continue;
    }
    if (!readsFile(file.collection, file.name)) {
      add(file, [
        {
          field: 'file',
          message: `is not read: content/${file.collection}/ holds ${PROSE.has(file.collection) ? '.mdx' : '.yaml'} files`,
          fix: `rename it to end in ${PROSE.has(file.collection) ? '.mdx' : '.yaml'}, or move it out of content/`,
        },
      ]);
      continue;
    }
    const clean = cleanText(file.text, file.bytes);
    if (clean.problems.length) {
      add(
        file,
        clean.problems.map((p) => ({ field: `line ${p.spot.line}, column ${p.spot.column}`, message: p.message, fix: p.fix })),
      );
      continue;
    }
    const read = readCached(file, clean.text);
    if (read.problems.length) {
      add(file, read.problems);
      continue;
    }
    const parsed = await schemas[file.collection].safeParseAsync(read.data);
    if (!parsed.success) {
      const home = await belongsElsewhere(file.collection, read.data);
      if (home) {
        add(file, [
          {
            field: 'file',
            message: `holds the fields of ${ARTICLE[home]} (${Object.keys(read.data ?? {}).join(', ')}), not of ${ARTICLE[file.collection]}`,
            fix: `move it to ${home}/`,
          },
        ]);
        continue;
      }
      const issues = await schemaIssues(schemas[file.collection], read.data);
      add(
        file,
        issues.map((i) => wrappedLine(i, clean.text) ?? { field: i.field, message: i.message, fix: schemaFix(i.message) }),
      );
      continue;
    }
    const data = parsed.data as Record<string, unknown>;
    entries[file.collection].push({ id: slugify(file.name.replace(/\.[^.]+$/, '')), filePath: file.path, data, body: read.body });
  }
  return { entries, problems, unread };
}
