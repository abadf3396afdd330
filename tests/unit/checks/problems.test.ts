import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ContentError, fileOf, formatProblems, newFileFor } from '../../../src/lib/content/problems.ts';

const p = {
  file: 'content/claims/c1.yaml',
  field: 'actors[1]',
  message: 'no actors entry has the id "amazonn"',
  fix: 'correct the id, or add content/actors/amazonn.yaml',
};

test('problems read as file → field: message, then the fix, all in one message', () => {
  assert.equal(
    formatProblems([p, p]),
    'Content check failed (2 problems):\n' +
      '  content/claims/c1.yaml → actors[1]: no actors entry has the id "amazonn".\n    Fix: correct the id, or add content/actors/amazonn.yaml.\n'
        .repeat(2)
        .trimEnd(),
  );
  assert.match(formatProblems([p]), /^Content check failed \(1 problem\):/);
  const e = new ContentError([p]);
  assert.equal(e.message, formatProblems([p]));
  assert.deepEqual(e.problems, [p]);
});

test('files are named as a maintainer knows them', () => {
  assert.equal(fileOf('claims', { id: 'x', filePath: 'content/claims/x.yaml' }), 'content/claims/x.yaml');
  assert.equal(fileOf('claims', { id: 'x' }), 'content/claims/x');
  assert.equal(newFileFor('explainers', 'x'), 'content/explainers/x.mdx');
  assert.equal(newFileFor('glossary', 'x'), 'content/glossary/x.yaml');
});
