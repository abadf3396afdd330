// Builds the site from a modified copy of content/, in a temporary folder, and
// returns what the build printed. Only the wiring is tested this way (that
// problems reach the build log, that pages render what content says); the
// rules themselves are unit-tested on small fixtures (tests/unit/checks/).
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';

const ROOT = resolve(import.meta.dirname, '../..');

export interface BuildResult {
  ok: boolean;
  output: string;
}

const stripAnsi = (s: string) => s.replace(/\x1b\[[0-9;]*m/g, '');

/** Changes one content file in place, as an editor would. */
export function edit(contentDir: string, file: string, change: (text: string) => string) {
  const path = join(contentDir, file);
  writeFileSync(path, change(readFileSync(path, 'utf8')));
}

/**
 * Copies content/, lets `mutate` break it, builds it, and runs `inspect` on
 * whatever the build wrote to dist/ (also when it failed at the end) before
 * the temporary folder is removed.
 */
export function buildFixture(mutate: (contentDir: string) => void, inspect?: (distDir: string) => void): BuildResult {
  const dir = mkdtempSync(join(tmpdir(), 'explainer-fixture-'));
  const contentDir = join(dir, 'content');
  cpSync(join(ROOT, 'content'), contentDir, { recursive: true });
  mutate(contentDir);
  try {
    const run = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', join(dir, 'dist')], {
      cwd: ROOT,
      env: { ...process.env, CONTENT_ROOT: contentDir, ASTRO_CACHE_DIR: join(dir, 'cache'), NO_COLOR: '1', FORCE_COLOR: '0' },
      encoding: 'utf8',
      timeout: 180_000,
    });
    const result = { ok: run.status === 0, output: stripAnsi(`${run.stdout}\n${run.stderr}`) };
    inspect?.(join(dir, 'dist'));
    return result;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
