// Cross-collection checks Astro's schemas cannot make: every reference points
// at an entry that exists, every id can be a URL. Each problem names the file,
// the field and the fix, so a maintainer can act on the message alone.

import { isKebabId } from './ids.ts';

export interface EntryLike {
  id: string;
  filePath?: string;
  data: unknown;
}

export type Corpus = Record<string, EntryLike[]>;

export interface Problem {
  file: string;
  field: string;
  message: string;
  fix: string;
}

export function fileOf(collection: string, entry: { id: string; filePath?: string }): string {
  return entry.filePath ?? `content/${collection}/${entry.id}`;
}

interface Ref {
  collection: string;
  id: string;
}

function isRef(v: unknown): v is Ref {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return false;
  const keys = Object.keys(v);
  return keys.length === 2 && typeof (v as Ref).collection === 'string' && typeof (v as Ref).id === 'string';
}

/** Every reference inside an entry's data, with the field path it sits at ("evidence[1].source"). */
export function findRefs(data: unknown, path = ''): { field: string; ref: Ref }[] {
  if (isRef(data)) return [{ field: path, ref: data }];
  if (Array.isArray(data)) return data.flatMap((v, i) => findRefs(v, `${path}[${i}]`));
  if (data && typeof data === 'object' && !(data instanceof Date)) {
    return Object.entries(data).flatMap(([k, v]) => findRefs(v, path ? `${path}.${k}` : k));
  }
  return [];
}

/** `aliases` maps old claim ids to current ones, so a stale reference can name its fix. */
export function checkIntegrity(corpus: Corpus, aliases: Map<string, string> = new Map()): Problem[] {
  const problems: Problem[] = [];
  const ids = new Map(Object.entries(corpus).map(([name, entries]) => [name, new Set(entries.map((e) => e.id))]));

  for (const [collection, entries] of Object.entries(corpus)) {
    for (const entry of entries) {
      const file = fileOf(collection, entry);
      if (!isKebabId(entry.id)) {
        problems.push({
          file,
          field: 'id',
          message: `id "${entry.id}" is not lowercase kebab-case, so it cannot be a stable URL`,
          fix: `rename the file to ${entry.id.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')} (ids are the file name)`,
        });
      }
      for (const { field, ref } of findRefs(entry.data)) {
        const known = ids.get(ref.collection);
        if (!known) {
          problems.push({ file, field, message: `refers to an unknown collection "${ref.collection}"`, fix: 'check the schema in src/content.config.ts' });
        } else if (!known.has(ref.id) && ref.collection === 'claims' && aliases.has(ref.id)) {
          problems.push({
            file,
            field,
            message: `"${ref.id}" is an old id of the claim now called "${aliases.get(ref.id)}"`,
            fix: `refer to "${aliases.get(ref.id)}"`,
          });
        } else if (!known.has(ref.id)) {
          problems.push({
            file,
            field,
            message: `no ${ref.collection} entry has the id "${ref.id}"`,
            fix: `correct the id, or add content/${ref.collection}/${ref.id}.${ref.collection === 'sources' || ref.collection === 'explainers' ? 'mdx' : 'yaml'}`,
          });
        }
      }
    }
  }
  return problems;
}

/** One message for all problems, so a maintainer fixes them in one pass. */
export function formatProblems(problems: Problem[]): string {
  const lines = problems.map((p) => `  ${p.file} → ${p.field}: ${p.message}.\n    Fix: ${p.fix}.`);
  return `Content check failed (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${lines.join('\n')}`;
}

export interface SourceLike extends EntryLike {
  body?: string;
  data: { kind: string; seedFile?: string };
}

/** An archived article has text (and its raw seed, if named, is kept); a cited report has none. */
export function checkSources(sources: SourceLike[], seedExists: (name: string) => boolean): Problem[] {
  const problems: Problem[] = [];
  for (const s of sources) {
    const file = fileOf('sources', s);
    const hasText = (s.body ?? '').trim().length > 0;
    if (s.data.kind === 'article' && !hasText) {
      problems.push({ file, field: 'body', message: 'an article has no text', fix: 'import the article text with `npm run import`, or set kind: cited-report' });
    }
    if (s.data.kind === 'cited-report' && hasText) {
      problems.push({ file, field: 'kind', message: 'a cited report has text', fix: 'set kind: article, or remove the text' });
    }
    if (s.data.seedFile && !seedExists(s.data.seedFile)) {
      problems.push({ file, field: 'seedFile', message: `content/seeds/${s.data.seedFile} does not exist`, fix: 'restore the raw text in content/seeds/ or correct the file name' });
    }
  }
  return problems;
}

/**
 * Two files that give the same id (claims/x.yaml and claims/x.json) would
 * silently replace each other: refuse them. `files` lists each collection's
 * file names relative to its folder.
 */
export function checkDuplicateIds(files: Record<string, string[]>): Problem[] {
  const problems: Problem[] = [];
  for (const [collection, names] of Object.entries(files)) {
    const byId = new Map<string, string[]>();
    for (const name of names) {
      const id = name.replace(/\.[^.]+$/, '');
      byId.set(id, [...(byId.get(id) ?? []), name]);
    }
    for (const [id, same] of byId) {
      if (same.length > 1) {
        problems.push({
          file: same.map((n) => `content/${collection}/${n}`).join(' and '),
          field: 'id',
          message: `${same.length} files give the id "${id}"`,
          fix: 'keep one file per id (rename or remove the others)',
        });
      }
    }
  }
  return problems;
}
