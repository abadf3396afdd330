import { test } from 'node:test';
import assert from 'node:assert/strict';
import { matches, toggle } from '../../../src/lib/lists/list-filter.ts';
import { LIST_FACETS, readFilterState } from '../../../src/lib/site/filter-state.ts';

const claim = { status: 'reported', actor: ['amazon', 'ecobee'], source: ['verge'] };
const list = (search: string) => readFilterState(search, LIST_FACETS).filters;

test('any value within a facet, every facet across', () => {
  assert.ok(matches(claim, {}));
  assert.ok(matches(claim, list('')));
  assert.ok(matches(claim, list('actor=amazon&actor=hbo')));
  assert.ok(!matches(claim, list('actor=hbo')));
  assert.ok(!matches(claim, list('actor=amazon&status=analysis')));
  assert.ok(matches(claim, list('status=analysis&status=reported&source=verge')));
  assert.ok(!matches(claim, list('source=wsj')));
  assert.ok(!matches({ status: 'context', actor: [], source: [] }, list('actor=amazon')), 'an item without actors is hidden by an actor filter');
});

test('toggling adds and removes a value, leaving the filters it was given alone', () => {
  const none = list('');
  const on = toggle(none, 'status', 'context');
  assert.deepEqual(on.status, ['context']);
  assert.deepEqual(none.status, []);
  assert.deepEqual(toggle(on, 'status', 'context').status, []);
  assert.deepEqual(toggle(on, 'status', 'reported').status, ['context', 'reported']);
  assert.deepEqual(toggle({}, 'actor', 'amazon'), { actor: ['amazon'] });
});
