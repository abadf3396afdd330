// Builds the site from a modified copy of content/, in a temporary folder, and
// returns what the build printed. Only the wiring is tested this way (that
// problems reach the build log, that pages render what content says); the
// rules themselves are unit-tested on small fixtures (tests/unit/checks/).
import { cpSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildSite, type BuildResult } from '../../scripts/lib/build-site.ts';

const ROOT = resolve(import.meta.dirname, '../..');

/** Changes one content file in place, as an editor would. */
export function edit(contentDir: string, file: string, change: (text: string) => string) {
  const path = join(contentDir, file);
  writeFileSync(path, change(readFileSync(path, 'utf8')));
}

/** What a maintainer does when renaming a claim: rename the file and every reference to it. */
export function renameClaim(dir: string, from: string, to: string) {
  renameSync(join(dir, `claims/${from}.yaml`), join(dir, `claims/${to}.yaml`));
  for (const folder of ['claims', 'events', 'explainers', 'glossary', 'diagrams']) {
    for (const f of readdirSync(join(dir, folder))) edit(dir, `${folder}/${f}`, (t) => t.replaceAll(new RegExp(`\\b${from}\\b`, 'g'), to));
  }
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
    const result = buildSite(contentDir, join(dir, 'dist'), join(dir, 'cache'));
    inspect?.(join(dir, 'dist'));
    return result;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
