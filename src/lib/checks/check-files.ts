// The whole content check on files held as text: each file read and checked
// (entries.ts), the story's settings (story.ts) and the revision lock, then the
// rules about the content as a whole (checks/content.ts). The build runs it
// before Astro reads anything (src/integrations/content-check.ts), `npm run
// dev` before each page, and the fuzzer thousands of times in-process.
import { parseArticleBody, passages as passagesOf } from '../content/article.ts';
import { checkContent, type ContentCheck, type ContentInput } from './content.ts';
import { ContentError, type Problem } from '../content/problems.ts';
import { parseRevisionLock, RevisionLockError } from '../content/revisions.ts';
import { parseStory } from '../content/story.ts';
import { COLLECTIONS, readEntries, readsFile, type ContentFile } from './files/entries.ts';

export interface ContentFiles {
  files: ContentFile[];
  /** content/site.yaml: its path and text, if it exists. */
  story: { path: string; text?: string };
  /** content/published-claims.json: its path and text, if it exists. */
  revisions: { path: string; text?: string };
  /** The seed files' names (content/seeds/). */
  seeds: string[];
}

function storyProblems({ path, text }: ContentFiles['story']): Problem[] {
  try {
    parseStory(text, path);
    return [];
  } catch (e) {
    if (e instanceof ContentError) return e.problems;
    throw e;
  }
}

function readRevisions({ path, text }: ContentFiles['revisions']) {
  if (text === undefined) return { lock: {}, file: path };
  try {
    return { lock: parseRevisionLock(text), file: path };
  } catch (e) {
    if (!(e instanceof RevisionLockError)) throw e;
    return { error: { file: path, field: 'claims', message: e.problem, fix: e.fix } };
  }
}

/** Every problem of the content, in the order an editor fixes them: files first, then the whole. */
export async function checkContentFiles(content: ContentFiles, today: string): Promise<{ problems: Problem[]; check?: ContentCheck }> {
  const { entries, problems } = await readEntries(content.files);
  problems.push(...storyProblems(content.story));
  // The rules about the whole need every file read: a broken file would show as a dangling reference elsewhere.
  if (problems.length) return { problems };
  const passages = new Map(entries.sources.map((s) => [s.id, passagesOf(parseArticleBody(s.body ?? ''))]));
  const seeds = new Set(content.seeds);
  const check = checkContent(entries as unknown as ContentInput, {
    passages,
    files: Object.fromEntries(COLLECTIONS.map((c) => [c, content.files.filter((f) => f.collection === c && readsFile(c, f.name)).map((f) => f.name)])),
    seedExists: (name) => seeds.has(name),
    revisions: readRevisions(content.revisions),
    today,
  });
  return { problems: check.problems, check };
}
