import { test } from 'node:test';
import assert from 'node:assert/strict';
import { highlightWords, mergeRelaxed, relaxedQueries, searchTerms } from '../../src/lib/search-query.ts';

test('question words are dropped so natural questions still match', () => {
  assert.equal(searchTerms('What did Amazon threaten?'), 'amazon threaten');
  assert.equal(searchTerms('why did Ecobee refuse'), 'ecobee refuse');
  assert.equal(searchTerms('“door locks”'), 'door locks');
  assert.equal(searchTerms('what'), 'what', 'a query of only question words is kept as typed');
});

test('highlight words are the search terms, lower-cased, once each, longer than a letter', () => {
  assert.deepEqual(highlightWords('the door locks'), ['door', 'locks']);
  assert.deepEqual(highlightWords('Privacy'), ['privacy']);
  assert.deepEqual(highlightWords('the'), ['the'], 'a query of only question words highlights them');
  assert.deepEqual(highlightWords('Door x door LOCKS'), ['door', 'locks']);
  assert.deepEqual(highlightWords('  '), []);
});

test('relaxed queries leave out one word each; their results follow full matches, most-voted first', () => {
  assert.deepEqual(relaxedQueries('still buy ecobee'), ['buy ecobee', 'still ecobee', 'still buy']);
  assert.deepEqual(relaxedQueries('privacy'), []);
  const merged = mergeRelaxed(['a'], [['b', 'c'], ['c', 'a'], ['d']], (x) => x);
  assert.deepEqual(merged, ['a', 'c', 'b', 'd']);
});
