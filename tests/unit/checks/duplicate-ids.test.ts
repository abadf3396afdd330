import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkDuplicateIds } from '../../../src/lib/checks/duplicate-ids.ts';

test('two files with one id in a collection are refused; the same id in two collections is fine', () => {
  assert.deepEqual(checkDuplicateIds({ claims: ['a.yaml', 'a.json', 'b.yaml'], events: ['a.yaml'] }), [
    { file: 'content/claims/a.yaml and content/claims/a.json', field: 'id', message: '2 files give the id "a"', fix: 'keep one file per id (rename or remove the others)' },
  ]);
});
