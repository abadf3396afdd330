import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { memoKey, memoOnDisk } from '../../../src/data/disk-memo.ts';

process.env.BUILD_MEMO_DIR = mkdtempSync(join(tmpdir(), 'disk-memo-'));

const double = (xs: number[]) => xs.map((x) => x * 2);
const triple = (xs: number[]) => xs.map((x) => x * 3);

test('a result is worked out once for the same inputs and code, and read back after', () => {
  let runs = 0;
  const work = (xs: number[]) => memoOnDisk('t-same', [double], { xs }, () => (runs++, double(xs)));
  assert.deepEqual(work([1, 2]), [2, 4]);
  assert.deepEqual(work([1, 2]), [2, 4]);
  assert.equal(runs, 1);
  assert.deepEqual(work([3]), [6]);
  assert.equal(runs, 2, 'other inputs are worked out');
});

test('a change to the code that works the result out is a new key, never a stale result', () => {
  assert.notEqual(memoKey([double], { xs: [1] }), memoKey([triple], { xs: [1] }));
  assert.deepEqual(
    memoOnDisk('t-code', [double], { xs: [1] }, () => double([1])),
    [2],
  );
  assert.deepEqual(
    memoOnDisk('t-code', [triple], { xs: [1] }, () => triple([1])),
    [3],
  );
});

test('only the newest results of a name are kept', () => {
  for (let i = 0; i < 20; i++) memoOnDisk('t-prune', [double], { i }, () => i);
  assert.equal(readdirSync(process.env.BUILD_MEMO_DIR!).filter((f) => f.startsWith('t-prune-')).length, 12);
});
