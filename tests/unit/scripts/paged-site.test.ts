import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { builtPagedSite } from '../../../scripts/lib/paged-site.ts';

test('the paged site is refused when missing or older than the code, with the command that builds it', () => {
  const root = mkdtempSync(join(tmpdir(), 'paged-site-'));
  try {
    const env = { PAGED_DIST: join(root, 'dist-paged') };
    assert.throws(() => builtPagedSite(env, root), /holds no built site: run `npm run build:paged` first/);
    mkdirSync(join(root, 'src/lib'), { recursive: true });
    writeFileSync(join(root, 'src/lib/a.ts'), '');
    utimesSync(join(root, 'src/lib/a.ts'), new Date(1_000_000), new Date(1_000_000));
    utimesSync(join(root, 'src/lib'), new Date(1_000_000), new Date(1_000_000));
    utimesSync(join(root, 'src'), new Date(1_000_000), new Date(1_000_000));
    mkdirSync(env.PAGED_DIST);
    writeFileSync(join(env.PAGED_DIST, 'index.html'), '');
    assert.equal(builtPagedSite(env, root), env.PAGED_DIST);
    writeFileSync(join(root, 'src/lib/a.ts'), 'changed');
    utimesSync(join(root, 'src/lib/a.ts'), new Date(), new Date(Date.now() + 5_000));
    assert.throws(() => builtPagedSite(env, root), /is older than .*src: run `npm run build:paged` first/);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
