// The one shape every content problem takes, and the one way it reaches the
// build log: file → field: what is wrong. Fix: what to do. All problems of a
// build are reported together, so a maintainer fixes them in one pass.

export interface Problem {
  file: string;
  field: string;
  message: string;
  fix: string;
}

export interface EntryLike {
  id: string;
  filePath?: string;
  data: unknown;
}

/** The file an entry came from, as the maintainer knows it. */
export function fileOf(collection: string, entry: { id: string; filePath?: string }): string {
  return entry.filePath ?? `content/${collection}/${entry.id}`;
}

/** The file a new entry of a collection would be: content/claims/x.yaml, content/sources/x.mdx. */
export function newFileFor(collection: string, id: string): string {
  return `content/${collection}/${id}.${collection === 'sources' || collection === 'explainers' ? 'mdx' : 'yaml'}`;
}

/**
 * A message as the editor's folder has it: messages name files as content/…
 * (the project's own folder); under another CONTENT_ROOT (`dir`, see
 * contentDir in root.ts) they name that one.
 */
export function inContentDir(text: string, dir: string): string {
  return dir === 'content' ? text : text.replace(/(^|[\s("'`[])content\//g, `$1${dir}/`);
}

/** The report: each problem as file → field: message, then its fix; files named in the editor's content folder. */
export function formatProblems(problems: Problem[], dir = 'content'): string {
  const lines = problems.map((p) => inContentDir(`  ${p.file} → ${p.field}: ${p.message}.\n    Fix: ${p.fix}.`, dir));
  return `Content check failed (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${lines.join('\n')}`;
}

/** Thrown by the build with every problem found; its message is the report. */
export class ContentError extends Error {
  readonly problems: Problem[];
  /** `dir`: the content folder the report names (see formatProblems). */
  constructor(problems: Problem[], dir = 'content') {
    super(formatProblems(problems, dir));
    this.problems = problems;
    this.name = 'ContentError';
  }
}
