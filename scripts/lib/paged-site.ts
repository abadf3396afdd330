// A generated story whose lists run to several pages: 40 claims, three to a
// list page. Built once by `npm run build:paged` into dist-paged/; the
// pagination build test and the engine journeys both read it.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export const PAGED = { claims: 40, listPageSize: 3 } as const;

/** Where the paged site is built (PAGED_DIST, default dist-paged/). */
export const pagedDist = (env: NodeJS.ProcessEnv = process.env) => resolve(env.PAGED_DIST ?? 'dist-paged');

/** The built paged site's folder, or an error that says how to build it. */
export function builtPagedSite(env: NodeJS.ProcessEnv = process.env): string {
  const dir = pagedDist(env);
  if (!existsSync(resolve(dir, 'index.html'))) throw new Error(`${dir} holds no built site: run \`npm run build:paged\` first (npm test does).`);
  return dir;
}
