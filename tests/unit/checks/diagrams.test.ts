import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkDiagrams } from '../../../src/lib/checks/diagrams.ts';

test("a step may only join the diagram's participants", () => {
  const d = {
    id: 'd',
    filePath: 'content/diagrams/d.yaml',
    data: {
      participants: [{ id: 'a' }, { id: 'b' }],
      steps: [
        { from: { id: 'a' }, to: { id: 'b' } },
        { from: { id: 'c' }, to: { id: 'a' } },
      ],
    },
  };
  assert.deepEqual(checkDiagrams([d]), [
    {
      file: 'content/diagrams/d.yaml',
      field: 'steps[1].from',
      message: '"c" is not one of the diagram\'s participants',
      fix: 'add c to participants, or correct the step',
    },
  ]);
});
