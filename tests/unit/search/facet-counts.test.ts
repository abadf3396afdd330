import { test } from 'node:test';
import assert from 'node:assert/strict';
import { facetCounts } from '../../../src/lib/search/facet-counts.ts';

const facets = new Map([
  [
    'type',
    new Map([
      ['claim', new Set(['c1', 'c2', 'c3'])],
      ['source', new Set(['s1'])],
    ]),
  ],
  ['actor', new Map([['gazette', new Set(['c1', 's1'])]])],
]);

test('filter counts count the pages shown, each once, every value listed', () => {
  assert.deepEqual(facetCounts(['c1', 'c3', 'c1', 's9'], facets), { type: { claim: 2, source: 0 }, actor: { gazette: 1 } });
  assert.deepEqual(facetCounts([], facets), { type: { claim: 0, source: 0 }, actor: { gazette: 0 } });
});
