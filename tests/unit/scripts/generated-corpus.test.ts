// The benchmark's generated story passes the build's own content check at a
// size where its events share dates, so `npm run bench` cannot break in silence
// when a check tightens (it once refused the 10,000-claim story unseen).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { generateCorpus } from '../../../scripts/bench/generate.ts';
import { readContentFiles } from '../../../src/data/content/files.ts';
import { checkContentFiles } from '../../../src/lib/checks/check-files.ts';

test('a generated story of 1,200 claims, with many events to a date, passes the content check on the real day', async () => {
  const root = mkdtempSync(join(tmpdir(), 'generated-'));
  try {
    const content = join(root, 'content');
    generateCorpus(content, { claims: 1200 });
    const files = readContentFiles(content);
    const dates = files.files.filter((f) => f.collection === 'events').map((f) => String((parse(f.text) as { when: string }).when));
    assert.ok(dates.length > new Set(dates).size * 1.05, 'the story should have events that share a date, or this test proves nothing');
    const { problems } = await checkContentFiles(files, new Date().toISOString().slice(0, 10));
    assert.deepEqual(
      problems.map((p) => `${p.file} → ${p.field}: ${p.message}`),
      [],
    );
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
