import { test } from 'node:test';
import assert from 'node:assert/strict';
import { listNames } from '../../../src/lib/views/attribution.ts';

test('several names read as a list', () => {
  assert.equal(listNames(['A', 'B', 'A', 'C']), 'A, B and C');
  assert.equal(listNames(['A']), 'A');
  assert.equal(listNames([]), '');
});
