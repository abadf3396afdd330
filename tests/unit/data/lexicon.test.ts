import { test } from 'node:test';
import assert from 'node:assert/strict';
import { functionWords } from '../../../src/data/search/lexicon.ts';
import { englishWeight, unsaidWords } from '../../../src/lib/search/score.ts';

test('a contraction typed without its apostrophe, and "whether", are function words: never searched alone, never named as absent', () => {
  const stop = functionWords();
  for (const w of ['dont', 'didnt', 'whats', 'whether', 'the', 'about']) assert.ok(stop.has(w), w);
  assert.equal(englishWeight('dont', new Map(), stop), 0);
  const words = ['dont', 'whether', 'ferries'].map((word) => ({ word, found: false, shown: false }));
  assert.deepEqual(unsaidWords(words, new Map(), stop).absent, ['ferries']);
});
