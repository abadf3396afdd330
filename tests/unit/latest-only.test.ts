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
  // Gates opened by hand, not timers: the order holds however loaded the machine is.
  const seen: string[] = [];
  let open: () => void = () => {};
  const gate = new Promise<void>((r) => (open = r));
  const search = latestOnly(async (isLatest, name: string, wait: Promise<void>) => {
    await wait;
    seen.push(`${name}: ${isLatest()}`);
    return name;
  });
  const older = search('older', gate);
  await search('newer', Promise.resolve());
  open();
  await older;
  assert.deepEqual(seen, ['newer: true', 'older: false']);
});
