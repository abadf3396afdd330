import { test } from 'node:test';
import assert from 'node:assert/strict';
import { latestOnly, oneAtATime } from '../../../src/lib/search/latest-only.ts';

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

test('one task at a time: a call waits for the running one, and starts only if still wanted', async () => {
  const gate = oneAtATime();
  const log: string[] = [];
  let finish: () => void = () => {};
  const first = gate(
    () => true,
    () => new Promise<string>((r) => (finish = () => (log.push('first done'), r('first')))),
  );
  let wantedSecond = true;
  const second = gate(
    () => wantedSecond,
    async () => (log.push('second ran'), 'second'),
  );
  const third = gate(
    () => true,
    async () => (log.push('third ran'), 'third'),
  );
  await later(5);
  assert.deepEqual(log, [], 'nothing else starts while the first runs');
  wantedSecond = false;
  finish();
  assert.deepEqual(await Promise.all([first, second, third]), ['first', null, 'third']);
  assert.deepEqual(log, ['first done', 'third ran'], 'the unwanted call never ran');
});

test('an idle gate starts the task at once, and a failed task frees it', async () => {
  const gate = oneAtATime();
  let started = false;
  const out = gate(
    () => true,
    async () => ((started = true), 1),
  );
  assert.equal(started, true, 'started within the call, with no wait');
  assert.equal(await out, 1);
  await assert.rejects(
    gate(
      () => true,
      () => Promise.reject(new Error('boom')),
    ),
  );
  assert.equal(
    await gate(
      () => true,
      async () => 2,
    ),
    2,
  );
});

test('a task that never settles is waited for only so long', async () => {
  const gate = oneAtATime(20);
  void gate(
    () => true,
    () => new Promise(() => {}),
  );
  assert.equal(
    await gate(
      () => true,
      async () => 'next',
    ),
    'next',
  );
});
