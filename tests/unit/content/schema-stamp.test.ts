import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cacheIsStale } from '../../../src/lib/content/schema-stamp.ts';

test('the content cache is dropped when the schemas changed or were never stamped', () => {
  assert.equal(cacheIsStale('abc', 'abc\n'), false);
  assert.equal(cacheIsStale('abc', 'abd'), true);
  assert.equal(cacheIsStale('abc', undefined), true);
});
