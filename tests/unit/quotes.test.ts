import { test } from 'node:test';
import assert from 'node:assert/strict';
import { closestPassage, locateQuote, normalizeQuote, textFragment } from '../../src/lib/quotes.ts';
import { segmentPassage, sentences, uncoveredSentences } from '../../src/lib/marks.ts';

const passages = [
  { n: 1, text: 'Amazon tried to use its power to coerce Ecobee.' },
  { n: 2, text: 'As of now, Ecobee’s products can still be purchased — for now.\nThe end.' },
];

test('straight and curly quotes, dashes and white space compare equal; nothing else does', () => {
  assert.equal(normalizeQuote('Ecobee’s  “data” – now'), 'Ecobee\'s "data" - now');
  const loc = locateQuote(passages, "Ecobee's products can still be purchased - for now. The end.");
  assert.deepEqual(loc && { n: loc.n, exact: loc.exact }, { n: 2, exact: 'Ecobee’s products can still be purchased — for now.\nThe end.' });
  assert.equal(locateQuote(passages, 'Ecobees products'), null);
  assert.equal(locateQuote(passages, 'amazon tried'), null, 'case matters');
});

test('offsets map back to the original characters', () => {
  const loc = locateQuote(passages, 'coerce Ecobee')!;
  assert.equal(passages[0]!.text.slice(loc.start, loc.end), 'coerce Ecobee');
});

test('a quote that is not found gets the closest passage for the error message', () => {
  const c = closestPassage(passages, 'Amazon tried to use its might to coerce Ecobee');
  assert.equal(c?.n, 1);
  assert.match(c!.excerpt, /Amazon tried to use its power to coerce Ecobee/);
});

test('text fragments are encoded, and long quotes use start,end', () => {
  assert.equal(textFragment('can still be purchased'), '#:~:text=can%20still%20be%20purchased');
  assert.equal(textFragment('a-b, c & d'), '#:~:text=a%2Db%2C%20c%20%26%20d');
  assert.equal(textFragment('one two three four five six seven eight nine ten eleven'), '#:~:text=one%20two%20three%20four%20five,seven%20eight%20nine%20ten%20eleven');
});

test('overlapping quotes become segments that list every claim', () => {
  const segs = segmentPassage('abcdefghij', [
    { start: 2, end: 6, claim: 'x' },
    { start: 4, end: 8, claim: 'y' },
  ]);
  assert.deepEqual(segs, [
    { text: 'ab', claims: [] },
    { text: 'cd', claims: ['x'] },
    { text: 'ef', claims: ['x', 'y'] },
    { text: 'gh', claims: ['y'] },
    { text: 'ij', claims: [] },
  ]);
});

test('sentences split at end punctuation, keeping closing quotes', () => {
  const text = 'He said it was “fine.” Then he left. “Why?” she asked.';
  assert.deepEqual(sentences(text).map((s) => s.text), ['He said it was “fine.”', 'Then he left.', '“Why?” she asked.']);
  assert.deepEqual(uncoveredSentences(text, [{ start: 0, end: 5 }]).map((s) => s.text), ['Then he left.', '“Why?” she asked.']);
});
