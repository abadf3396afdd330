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

export interface BuildOptions {
  /** Variables to add (LIST_PAGE_SIZE, OG_CACHE_DIR…). */
  env?: Record<string, string>;
  /** A command the build runs under, such as /usr/bin/time for its peak memory. */
  wrap?: string[];
  /** No time limit: the scale bench builds for minutes. */
  untimed?: boolean;
}

/** `astro build` of `contentDir` into `outDir`, with its own cache folder `cacheDir`. */
export function buildSite(contentDir: string, outDir: string, cacheDir: string, { env = {}, wrap = [], untimed = false }: BuildOptions = {}): BuildResult {
  const [command, ...args] = [...wrap, process.execPath, join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir];
  const run = spawnSync(command!, args, {
    cwd: ROOT,
    env: { ...process.env, CONTENT_ROOT: contentDir, ASTRO_CACHE_DIR: cacheDir, NO_COLOR: '1', FORCE_COLOR: '0', ...env },
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    ...(untimed ? {} : { timeout: 180_000 }),
  });
  // Colour codes start with ESC (U+001B).
  return { ok: run.status === 0, output: `${run.stdout}\n${run.stderr}`.replace(new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g'), '') };
}
