// The content folder read from disk for the content check (lib/content/):
// every file of every collection's folder, the story's settings, the revision
// lock and the seeds' names. Hidden files (.DS_Store, an editor's swap file)
// are not content.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { COLLECTIONS } from '../../lib/checks/files/entries.ts';
import type { ContentFiles } from '../../lib/checks/check-files.ts';
import { REVISION_LOCKFILE } from '../../lib/revisions/lock.ts';
import { STORY_FILE } from '../../lib/content/story.ts';
import { LOCKFILE } from '../../lib/site/published-urls.ts';

const names = (dir: string) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((n) => !n.startsWith('.') && statSync(join(dir, n)).isFile())
        .sort()
    : [];

const optional = (path: string) => ({ path: relative(process.cwd(), path), text: existsSync(path) ? readFileSync(path, 'utf8') : undefined });

/** A collection's folders inside its folder: the build would pass over what they hold in silence. */
const folders = (dir: string) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((n) => !n.startsWith('.') && statSync(join(dir, n)).isDirectory())
        .sort()
    : [];

export function readContentFiles(root: string): ContentFiles {
  const files = COLLECTIONS.flatMap((collection) => [
    ...names(join(root, collection)).map((name) => {
      const full = join(root, collection, name);
      const raw = readFileSync(full);
      return { collection, name, path: relative(process.cwd(), full), text: raw.toString('utf8'), bytes: raw.length };
    }),
    ...folders(join(root, collection)).map((name) => ({ collection, name, path: relative(process.cwd(), join(root, collection, name)), text: '', bytes: 0, folder: true })),
  ]);
  return { files, story: optional(join(root, STORY_FILE)), revisions: optional(join(root, REVISION_LOCKFILE)), urls: optional(join(root, LOCKFILE)), seeds: Object.fromEntries(names(join(root, 'seeds')).map((n) => [n, readFileSync(join(root, 'seeds', n), 'utf8')])) };
}

/** What changes when any content file does (its names, sizes and times): cheap enough for every page `npm run dev` serves. */
export function contentFingerprint(root: string): string {
  return [...COLLECTIONS, '.']
    .flatMap((dir) =>
      names(join(root, dir)).map((n) => {
        const s = statSync(join(root, dir, n));
        return `${dir}/${n}:${s.size}:${s.mtimeMs}`;
      }),
    )
    .concat(COLLECTIONS.flatMap((dir) => folders(join(root, dir)).map((n) => `${dir}/${n}/`)))
    .join('|');
}
