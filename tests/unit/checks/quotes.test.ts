import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkQuotes } from '../../../src/lib/checks/quotes.ts';

const sources = new Map([
  ['s', { kind: 'article', passages: [{ n: 1, text: 'Amazon declined to comment, stating that it doesn’t talk about agreements with partners.' }] }],
  ['r', { kind: 'cited-report', passages: [] }],
]);
const claim = (source: string, quote: string) => ({ id: 'c', filePath: 'content/claims/c.yaml', data: { evidence: [{ source: { id: source }, quote }] } });

test('a quote is located, forgiving straight quotes and white space', () => {
  const r = checkQuotes([claim('s', "it doesn't   talk about agreements")], sources);
  assert.deepEqual(r.problems, []);
  assert.equal(r.locations.get('c')![0]!.n, 1);
  assert.equal(r.locations.get('c')![0]!.exact, 'it doesn’t talk about agreements');
});

test('a changed word fails with the quote, the closest passage and the paragraph to copy from', () => {
  const [p] = checkQuotes([claim('s', "doesn't discuss agreements with partners")], sources).problems;
  assert.equal(p!.field, 'evidence[0].quote');
  assert.match(p!.message, /quote: {3}"doesn't discuss agreements with partners"/);
  assert.match(p!.message, /closest: ¶1 "stating that it doesn’t talk about agreements with partners\."/);
  assert.equal(p!.fix, 'copy the words exactly from /sources/s/#p-1');
});

test('a report without archived text cannot be quoted; an unknown source is left to the reference check', () => {
  assert.equal(checkQuotes([claim('r', 'anything')], sources).problems[0]!.field, 'evidence[0].source');
  assert.deepEqual(checkQuotes([claim('gone', 'anything')], sources).problems, []);
});
