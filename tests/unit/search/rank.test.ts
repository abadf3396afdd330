import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mergeVariants } from '../../../src/lib/search/rank.ts';
import { coverage } from '../../../src/lib/search/match.ts';
import { stem } from '../../../src/lib/content/words.ts';

test('each page once, at its best weighted score over the variants', () => {
  const merged = mergeVariants([
    {
      hits: [
        { id: 'a', score: 2 },
        { id: 'b', score: 1 },
      ],
      weight: 1,
    },
    {
      hits: [
        { id: 'b', score: 10 },
        { id: 'c', score: 1 },
      ],
      weight: 0.5,
    },
  ]);
  assert.deepEqual(
    merged.map((m) => [m.hit.id, m.score]),
    [
      ['b', 5],
      ['a', 2],
      ['c', 0.5],
    ],
  );
});

test('coverage counts the words a text holds, as word starts and light stems', () => {
  assert.equal(coverage(['ferry', 'timetables'], 'The ferry timetable changed'), 1);
  assert.equal(coverage(['threatens'], 'It threatened the board'), 1);
  assert.equal(coverage(['thermo'], 'smart thermostats'), 1);
  assert.equal(coverage(['mostat'], 'smart thermostats'), 0, 'a word must start a word');
  assert.equal(coverage(['ferry', 'buy'], 'The ferry'), 0.5);
  assert.equal(coverage([], 'anything'), 1);
  assert.equal(stem('is'), 'is', 'short words keep their ending');
});
