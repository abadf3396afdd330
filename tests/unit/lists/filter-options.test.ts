import { test } from 'node:test';
import assert from 'node:assert/strict';
import { facetGroups } from '../../../src/lib/lists/filter-options.ts';
import { CLAIM_STATUS } from '../../../src/lib/content/vocab.ts';
import { RESULT_TYPES } from '../../../src/lib/content/vocab.ts';

// Ids and names sort differently, so sorting by the wrong one shows.
const actors = [
  { id: 'a-wsj', data: { name: 'The Wall Street Journal' } },
  { id: 'z-amazon', data: { name: 'Amazon' } },
  { id: 'm-ecobee', data: { name: 'ecobee' } },
];
const publishers: Record<string, string> = { verge: 'The Verge', ac: 'Android Central', wsj: 'The Wall Street Journal' };
const sources = [
  { id: 'verge', data: { kind: 'article' } },
  { id: 'wsj', data: { kind: 'cited-report' } },
  { id: 'ac', data: { kind: 'article' } },
];
const inputs = { actors, sources, publisherOf: (s: { id: string }) => publishers[s.id]! };

test('facets come in the order asked, each with its label', () => {
  assert.deepEqual(
    facetGroups(['type', 'status', 'actor', 'source'], inputs).map((g) => [g.facet, g.label]),
    [
      ['type', 'Type'],
      ['status', 'Status'],
      ['actor', 'Who'],
      ['source', 'Source'],
    ],
  );
  assert.deepEqual(
    facetGroups(['source', 'status'], inputs).map((g) => g.facet),
    ['source', 'status'],
  );
  assert.deepEqual(facetGroups([], inputs), []);
});

test('types and statuses are named as readers know them', () => {
  const [type, status] = facetGroups(['type', 'status'], inputs);
  assert.deepEqual(
    type!.options,
    Object.entries(RESULT_TYPES)
      .filter(([value]) => value !== 'best')
      .map(([value, label]) => ({ value, label: value === 'source' ? 'Sources' : label })),
  );
  assert.deepEqual(type!.options[0], { value: 'claim', label: 'Claims' });
  // Its filter counts sources; its results group lists their passages ("Source passages").
  assert.deepEqual(
    type!.options.find((o) => o.value === 'source'),
    { value: 'source', label: 'Sources' },
  );
  assert.deepEqual(
    status!.options,
    Object.entries(CLAIM_STATUS).map(([value, { label }]) => ({ value, label })),
  );
  assert.ok(status!.options.some((o) => o.value === 'statement' && o.label === 'On the record'));
});

test('actors are sorted by name, not id', () => {
  const [actor] = facetGroups(['actor'], inputs);
  assert.deepEqual(actor!.options, [
    { value: 'z-amazon', label: 'Amazon' },
    { value: 'm-ecobee', label: 'ecobee' },
    { value: 'a-wsj', label: 'The Wall Street Journal' },
  ]);
});

test('only archived articles are sources to filter by, named by their publisher', () => {
  const [source] = facetGroups(['source'], inputs);
  assert.deepEqual(source!.options, [
    { value: 'verge', label: 'The Verge' },
    { value: 'ac', label: 'Android Central' },
  ]);
});

test('`used` restricts a facet to the values its items carry; other facets keep every option', () => {
  const groups = facetGroups(['status', 'actor', 'source'], inputs, {
    status: new Set(['reported', 'context']),
    actor: new Set(['m-ecobee', 'no-such-actor']),
  });
  assert.deepEqual(
    groups[0]!.options.map((o) => o.value),
    ['reported', 'context'],
  );
  assert.deepEqual(groups[1]!.options, [{ value: 'm-ecobee', label: 'ecobee' }]);
  assert.deepEqual(
    groups[2]!.options.map((o) => o.value),
    ['verge', 'ac'],
  );
  assert.deepEqual(facetGroups(['actor'], inputs, { actor: new Set() })[0]!.options, [], 'an empty set offers nothing');
});

test('an unknown facet is refused', () => {
  assert.throws(() => facetGroups(['status', 'topic'], inputs), /unknown facet "topic"/);
});
