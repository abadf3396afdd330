import { test } from 'node:test';
import assert from 'node:assert/strict';
import { latestOnly } from '../../src/lib/latest-only.ts';

const later = (ms: number) => new Promise((r) => setTimeout(r, ms));

test('an older call that finishes after a newer one resolves to null', async () => {
  const search = latestOnly(async (_isLatest, q: string, ms: number) => (await later(ms), q));
  const [older, newer] = await Promise.all([search('slow', 40), search('fast', 1)]);
  assert.equal(older, null);
  assert.equal(newer, 'fast');
  assert.equal(await search('alone', 1), 'alone');
});

test('a call can see that it has been superseded and stop early', async () => {
  const seen: boolean[] = [];
  const search = latestOnly(async (isLatest, ms: number) => {
    await later(ms);
    seen.push(isLatest());
    return ms;
  });
  await Promise.all([search(20), later(5).then(() => search(1))]);
  assert.deepEqual(seen, [true, false]);
});
