import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkDuplicateIds } from '../../../src/lib/checks/duplicate-ids.ts';

test('two files with one id in a collection are refused; the same id in two collections is fine', () => {
  assert.deepEqual(checkDuplicateIds({ claims: ['a.yaml', 'a.json', 'b.yaml'], events: ['a.yaml'] }), [
    {
      file: 'content/claims/a.yaml and content/claims/a.json',
      field: 'id',
      message: '2 files give the id "a"',
      fix: 'keep one file per id (rename or remove the others)',
    },
  ]);
});

test('a file name that is not an id, or that differs from another only in case, is refused with the name to use', () => {
  const out = checkDuplicateIds({ actors: ['amazon.yaml', 'Amazon.yaml', 'Jeff Bezos.yaml'] });
  assert.deepEqual(
    out.map((p) => `${p.file} → ${p.message}. Fix: ${p.fix}`),
    [
      'content/actors/Amazon.yaml → the file name is not an id: its entry would be "amazon" without saying so. Fix: rename the file to amazon.yaml (lowercase, words joined by hyphens)',
      'content/actors/Jeff Bezos.yaml → the file name is not an id: its entry would be "jeff-bezos" without saying so. Fix: rename the file to jeff-bezos.yaml (lowercase, words joined by hyphens)',
      'content/actors/amazon.yaml and content/actors/Amazon.yaml → 2 files give the id "amazon". Fix: keep one file per id (rename or remove the others)',
    ],
  );
});
