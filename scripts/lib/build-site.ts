// Builds the site from another content folder (a fixture, a generated corpus)
// into another output folder: what the build tests and the engine journeys use.
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

export interface BuildResult {
  ok: boolean;
  /** What the build printed, without colour codes. */
  output: string;
}

/** `astro build` of `contentDir` into `outDir`, with its own cache folder `cacheDir`; `env` adds variables (LIST_PAGE_SIZE…). */
export function buildSite(contentDir: string, outDir: string, cacheDir: string, env: Record<string, string> = {}): BuildResult {
  const run = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
    cwd: ROOT,
    env: { ...process.env, CONTENT_ROOT: contentDir, ASTRO_CACHE_DIR: cacheDir, NO_COLOR: '1', FORCE_COLOR: '0', ...env },
    encoding: 'utf8',
    timeout: 180_000,
  });
  return { ok: run.status === 0, output: `${run.stdout}\n${run.stderr}`.replace(/\x1b\[[0-9;]*m/g, '') };
}
