// The whole content check on files held as text: each file read and checked
// (entries.ts), the story's settings (story.ts) and the revision lock, then the
// rules about the content as a whole (checks/content.ts). The build runs it
// before Astro reads anything (src/integrations/content-check.ts), `npm run
// dev` before each page, and the fuzzer thousands of times in-process.
import { parseArticleBody, passages as passagesOf } from '../content/article.ts';
import { readSeed, type Seed } from '../content/archive/seed.ts';
import { checkContent, type ContentCheck, type ContentInput } from './content.ts';
import { ContentError, type Problem } from '../content/problems.ts';
import { emptyLock, parseRevisionLock, RevisionLockError } from '../revisions/lock.ts';
import { parseStory, type Story } from '../content/story.ts';
import { checkHomePreview, checkPreviewKeepsEvents, checkRemovedEvents } from './when-and-order.ts';
import { parseLockfile } from '../site/published-urls.ts';
import { COLLECTIONS, readEntries, readsFile, type ContentFile } from './files/entries.ts';

export interface ContentFiles {
  files: ContentFile[];
  /** content/site.yaml: its path and text, if it exists. */
  story: { path: string; text?: string };
  /** content/published-claims.json: its path and text, if it exists. */
  revisions: { path: string; text?: string };
  /** content/published-urls.txt: every URL ever published, if it exists. */
  urls?: { path: string; text?: string };
  /** The seed files (content/seeds/): each article's text as it was fetched, by file name. */
  seeds: Record<string, string>;
}

/** Every seed as read, by file name. */
async function readSeeds(seeds: Record<string, string>): Promise<Map<string, Seed>> {
  const names = Object.keys(seeds);
  const read = await Promise.all(names.map((n) => readSeed(n, seeds[n]!)));
  return new Map(names.map((n, i) => [n, read[i]!]));
}

/** The story's settings, or the problems that keep them from being read. */
function readStory({ path, text }: ContentFiles['story']): { story?: Story; problems: Problem[] } {
  try {
    return { story: parseStory(text, path), problems: [] };
  } catch (e) {
    if (e instanceof ContentError) return { problems: e.problems };
    throw e;
  }
}

function readRevisions({ path, text }: ContentFiles['revisions']) {
  if (text === undefined) return { lock: emptyLock(), file: path };
  try {
    return { lock: parseRevisionLock(text), file: path };
  } catch (e) {
    if (!(e instanceof RevisionLockError)) throw e;
    return { error: { file: path, field: 'claims', message: e.problem, fix: e.fix } };
  }
}

/**
 * Whether a problem of the whole follows from a file that could not be read
 * rather than from the file it names: it names that entry ("no claims entry has
 * the id "x"", "sources/x"), is about that very file, or is about which
 * explainer is the home page while an explainer is unread.
 */
function followsFromUnread(p: Problem, unread: readonly { collection: string; id: string; file: string }[]): boolean {
  return unread.some(
    (u) =>
      p.message.includes(`"${u.id}"`) ||
      p.message.includes(`${u.collection}/${u.id}`) ||
      p.file.split(/, | and /).some((f) => f === u.file || f.endsWith(`${u.collection}/${u.id}.mdx`) || f.endsWith(`${u.collection}/${u.id}.yaml`)) ||
      (u.collection === 'explainers' && p.field === 'home'),
  );
}

/**
 * Every problem of the content at once, in the order an editor fixes them:
 * files first, then the whole. A file that cannot be read is left out of the
 * rules about the whole, and what they would say only because it is missing
 * (a dangling reference to it) is not said.
 */
export async function checkContentFiles(content: ContentFiles, today: string): Promise<{ problems: Problem[]; check?: ContentCheck }> {
  const { entries, problems, unread } = await readEntries(content.files);
  const { story, problems: storyProblems } = readStory(content.story);
  problems.push(...storyProblems);
  const seeds = await readSeeds(content.seeds);
  const whole = wholeCheck(entries, content, today, story, seeds);
  if (!problems.length) return { problems: whole.problems, check: whole };
  return { problems: [...problems, ...whole.problems.filter((p) => !followsFromUnread(p, unread))] };
}

function wholeCheck(
  entries: Awaited<ReturnType<typeof readEntries>>['entries'],
  content: ContentFiles,
  today: string,
  story: Story | undefined,
  seeds: Map<string, Seed>,
): ContentCheck {
  const input = entries as unknown as ContentInput;
  const passages = new Map(input.sources.map((s) => [s.id, passagesOf(parseArticleBody(s.body ?? ''))]));
  const revisions = readRevisions(content.revisions);
  const check = checkContent(input, {
    passages,
    files: Object.fromEntries(COLLECTIONS.map((c) => [c, content.files.filter((f) => f.collection === c && readsFile(c, f.name)).map((f) => f.name)])),
    seeds: (name) => seeds.get(name),
    revisions,
    today,
  });
  // What only these files hold: the story's settings and the URL lock, checked against the events.
  if (story) check.problems.push(...checkHomePreview(story.home.previewFrom, input.events, content.story.path));
  if (story && 'lock' in revisions && revisions.lock)
    check.problems.push(...checkPreviewKeepsEvents(story.home.previewFrom, revisions.lock.events, input.events, content.story.path));
  if (content.urls?.text !== undefined) check.problems.push(...checkRemovedEvents(parseLockfile(content.urls.text), input.events, content.urls.path));
  return check;
}
