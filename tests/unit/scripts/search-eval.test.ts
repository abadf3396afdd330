import { test } from 'node:test';
import assert from 'node:assert/strict';
import { halfOf } from '../../../scripts/lib/query-half.ts';
import { honest, median, scores, withinReach, type Answered } from '../../../scripts/lib/search-eval.ts';

const row = (expect: string[], shown: string[], extra: Partial<Answered> = {}): Answered => ({
  query: 'q',
  kind: 'question',
  expect,
  shown,
  total: shown.length,
  absentWords: [],
  ...extra,
});

test('recall@3, top-1 and MRR count only queries with an answer, by the rank of the first expected page', () => {
  const s = scores([row(['/a/'], ['/a/', '/b/']), row(['/a/'], ['/b/', '/c/', '/a/']), row(['/a/'], ['/b/', '/c/', '/d/', '/a/']), row([], ['/x/'])]);
  assert.equal(s.n, 3);
  assert.equal(s.anywhere, 1);
  assert.equal(s.recall3, 2 / 3);
  assert.equal(s.top1, 1 / 3);
  assert.equal(s.mrr, (1 + 1 / 3 + 1 / 4) / 3);
});

test('shown at all counts a query whose expected page is anywhere among its results, and not one whose page is missing', () => {
  const s = scores([row(['/a/'], ['/b/', '/c/', '/d/', '/e/', '/a/']), row(['/a/'], ['/b/']), row(['/a/'], [])]);
  assert.equal(s.anywhere, 1 / 3);
  assert.equal(s.recall3, 0);
});

test('a query the sources do not answer is honest when nothing shows or the missing word is named', () => {
  assert.equal(honest(row([], [], { total: 0 })), true);
  assert.equal(honest(row([], ['/a/'], { absentWords: ['bitcoin'] })), true);
  assert.equal(honest(row([], ['/a/'])), false);
  assert.equal(honest(row(['/a/'], [], { total: 0 })), false);
});

test('median of an odd and an even count', () => {
  assert.equal(median([5, 1, 3]), 3);
  assert.equal(median([4, 1, 3, 2]), 2.5);
  assert.equal(median([]), 0);
});

test('a query always falls in the same half, whatever its case or outer spaces, and the halves are both used', () => {
  assert.equal(halfOf('Did Ecobee refuse? '), halfOf('did ecobee refuse?'));
  const halves = new Set(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map(halfOf));
  assert.deepEqual([...halves].sort(), ['holdout', 'tune']);
});

const held = new Map([
  ['ferry', ['/claims/a/', '/claims/b/', '/claims/c/']],
  ['fares', ['/claims/b/']],
  ['harbour', ['/sources/s/']],
]);

test('an answer is within reach when a word few pages hold is held by an expected page', () => {
  assert.equal(withinReach(['/claims/b/'], ['ferry', 'fares'], held, 4), true);
  assert.equal(withinReach(['/sources/s/#p-3'], ['harbour'], held, 4), true, 'a passage is on its page');
});

test('a word most pages hold, or one no expected page holds, does not reach it', () => {
  assert.equal(withinReach(['/claims/a/'], ['ferry', 'fares'], held, 4), false, '"ferry" is on 3 of 4 pages');
  assert.equal(withinReach(['/claims/a/'], ['ferry'], held, 10), true, 'on 3 of 10 it is informative');
  assert.equal(withinReach(['/claims/z/'], ['fares', 'unknown'], held, 4), false);
});
