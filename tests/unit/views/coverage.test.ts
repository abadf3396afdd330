import { test } from 'node:test';
import assert from 'node:assert/strict';
import { percent, sourceCoverage, totalCoverage } from '../../../src/lib/views/coverage.ts';

const passages = [
  { n: 1, text: 'The board asked for the records. The company said no.' },
  { n: 2, text: 'A meeting is due in April.' },
];

test('a sentence any quote touches is covered; the rest are listed with their paragraph', () => {
  const c = sourceCoverage(passages, [{ n: 1, start: 4, end: 15 }]);
  assert.equal(c.sentences, 3);
  assert.equal(c.covered, 1);
  assert.deepEqual(c.uncovered, [
    { n: 1, text: 'The company said no.' },
    { n: 2, text: 'A meeting is due in April.' },
  ]);
  assert.deepEqual(totalCoverage([c, { sentences: 2, covered: 2, marked: [], uncovered: [] }]), { sentences: 5, covered: 3 });
});

test('shares round down, so nothing short of complete reads 100%', () => {
  assert.equal(percent(199, 200), '99%');
  assert.equal(percent(3, 3), '100%');
  assert.equal(percent(0, 0), '100%');
});

test('a sentence no claim quotes but its source marks as no claim is counted apart, with why', () => {
  const passages = [{ n: 1, text: 'This article is invented. The board met on Tuesday. It rained.' }];
  const c = sourceCoverage(passages, [{ n: 1, start: 30, end: 40 }], [{ text: 'This article is invented', why: 'A notice.' }]);
  assert.deepEqual(c.marked, [{ n: 1, text: 'This article is invented.', why: 'A notice.' }]);
  assert.deepEqual(
    c.uncovered.map((u) => u.text),
    ['It rained.'],
  );
  assert.equal(c.covered, 1);
  assert.equal(c.sentences, 3);
});
