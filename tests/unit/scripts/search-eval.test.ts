import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withinReach } from '../../../scripts/lib/search-eval.ts';

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
