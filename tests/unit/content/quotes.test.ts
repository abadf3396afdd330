import { test } from 'node:test';
import assert from 'node:assert/strict';
import { closestPassage, locateQuote, normalizeQuote } from '../../../src/lib/content/quotes.ts';

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
