import { test } from 'node:test';
import assert from 'node:assert/strict';
import { linkWords, normalizeRows, similarity, vectorTable } from '../../../src/lib/search/word-vectors.ts';

// Five words in two dimensions: angles stand for meanings.
const at = (deg: number) => [Math.cos((deg * Math.PI) / 180), Math.sin((deg * Math.PI) / 180)];
const words = ['devices', 'gadgets', 'computers', 'customers', 'buyers'];
const table = vectorTable(words, 2, normalizeRows(Float32Array.from([0, 10, 25, 90, 95].flatMap(at).map((x) => x * 3)), 2));

test('rows are scaled to length 1, so a dot product is the cosine', () => {
  assert.ok(Math.abs(similarity(table, 'devices', 'devices')! - 1) < 1e-6);
  assert.ok(Math.abs(similarity(table, 'devices', 'customers')!) < 1e-6);
  assert.equal(similarity(table, 'devices', 'ecobee'), undefined, 'a word without a vector has no similarity');
});

test('a table of the wrong size is refused with the sizes', () => {
  assert.throws(() => vectorTable(['a', 'b'], 3, new Float32Array(5)), /2 words × 3 dims needs 6 numbers, got 5/);
});

test('linking: each site word takes its closest reader words, and each reader word goes to its closest site word', () => {
  const readers = Int32Array.from([1, 2, 4]); // gadgets, computers, buyers
  const links = linkWords(table, ['devices', 'customers', 'ecobee'], readers, { min: 0.5, perSiteWord: 1, perReaderWord: 1 });
  assert.deepEqual(links.get('devices')?.sort(), ['computers', 'gadgets'].sort(), 'gadgets is the closest to devices; computers goes to its closest site word');
  assert.deepEqual(links.get('customers'), ['buyers']);
  assert.deepEqual(links.get('ecobee'), [], 'a word without a vector links to none');
});

test('linking: nothing below the least similarity', () => {
  const links = linkWords(table, ['devices'], Int32Array.from([3]), { min: 0.5, perSiteWord: 3, perReaderWord: 3 });
  assert.deepEqual(links.get('devices'), []);
});
