// A generated story whose lists run to several pages: 40 claims, three to a
// list page. Built once by `npm run build:paged` into dist-paged/; the
// pagination build test and the engine journeys both read it.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const PAGED = {
  claims: 40,
  listPageSize: 3,
  /** List pages the story published once, when its lists were longer: locked, and now redirects to their list. */
  pagesGone: ['/claims/page/20/', '/timeline/page/5/'],
} as const;

/** Where the paged site is built (PAGED_DIST, default dist-paged/). */
export const pagedDist = (env: NodeJS.ProcessEnv = process.env) => resolve(env.PAGED_DIST ?? 'dist-paged');

/** What the paged site is built from: a change to any of them since it was built makes it stale. */
const INPUTS = ['src', 'scripts/bench/generate.ts', 'astro.config.mjs', 'package-lock.json'];

/** Whether `path` (a file, or a folder and anything in it) was modified after `time` (ms); stops at the first. */
function changedSince(path: string, time: number): boolean {
  const s = statSync(path);
  return s.mtimeMs > time || (s.isDirectory() && readdirSync(path).some((f) => changedSince(join(path, f), time)));
}

/** The built paged site's folder, or an error that says how to build it (missing, or older than the code). */
export function builtPagedSite(env: NodeJS.ProcessEnv = process.env, root = process.cwd()): string {
  const dir = pagedDist(env);
  const index = resolve(dir, 'index.html');
  const rebuild = 'run `npm run build:paged` first (npm test does)';
  if (!existsSync(index)) throw new Error(`${dir} holds no built site: ${rebuild}.`);
  const builtAt = statSync(index).mtimeMs;
  const changed = INPUTS.map((p) => resolve(root, p)).filter((p) => existsSync(p) && changedSince(p, builtAt));
  if (changed.length) throw new Error(`${dir} is older than ${changed.join(', ')}: ${rebuild}.`);
  return dir;
}
