import { test } from 'node:test';
import assert from 'node:assert/strict';
import { highlightWords, mergeRelaxed, relaxedQueries, searchTerms, withHighlight } from '../../src/lib/search-query.ts';
import { displayOrder, groupResults, toDisplay } from '../../src/lib/search-results.ts';

test('question words are dropped so natural questions still match', () => {
  assert.equal(searchTerms('What did Amazon threaten?'), 'amazon threaten');
  assert.equal(searchTerms('why did Ecobee refuse'), 'ecobee refuse');
  assert.equal(searchTerms('“door locks”'), 'door locks');
  assert.equal(searchTerms('what'), 'what', 'a query of only question words is kept as typed');
});

test('highlight words ride on the result URL, before the fragment', () => {
  assert.deepEqual(highlightWords('the door locks'), ['door', 'locks']);
  assert.equal(withHighlight('/sources/x/#p-3', 'door locks'), '/sources/x/?highlight=door%20locks#p-3');
  assert.equal(withHighlight('/claims/y/', 'Privacy'), '/claims/y/?highlight=privacy');
  assert.equal(withHighlight('/claims/y/', 'the'), '/claims/y/?highlight=the');
});

test('results group by type, claims first', () => {
  const raw = (type: string, url: string) => ({ url, excerpt: '', meta: { title: url }, filters: { type: [type] } });
  const shown = ['/timeline/#e', '/sources/s/#p-1', '/claims/c/', '/explainers/x/'].map((u, i) => toDisplay(raw(['event', 'source', 'claim', 'explainer'][i]!, u)));
  assert.deepEqual(groupResults(shown).map((g) => g.label), ['Claims', 'Source passages', 'Timeline', 'Explainers']);
  assert.deepEqual(displayOrder(shown).map((r) => r.url), ['/claims/c/', '/sources/s/#p-1', '/timeline/#e', '/explainers/x/']);
});

test('relaxed queries leave out one word each; their results follow full matches, most-voted first', () => {
  assert.deepEqual(relaxedQueries('still buy ecobee'), ['buy ecobee', 'still ecobee', 'still buy']);
  assert.deepEqual(relaxedQueries('privacy'), []);
  const merged = mergeRelaxed(['a'], [['b', 'c'], ['c', 'a'], ['d']], (x) => x);
  assert.deepEqual(merged, ['a', 'c', 'b', 'd']);
});
