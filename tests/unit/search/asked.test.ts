import { test } from 'node:test';
import assert from 'node:assert/strict';
import { askedFor } from '../../../src/lib/search/asked.ts';
import { searchWords, withAliases } from '../../../src/lib/search/data.ts';

const sw = withAliases(
  searchWords([{ id: 'board', name: 'Harbour Board', alsoKnownAs: ['HPA'] }], [], { common: ['the', 'ferry', 'fares'], stop: ['the', 'why'] }),
);

test("a query is searched by its own words and its aliases' names, weighed; question and everyday words left out", () => {
  // "fares" is among the most frequent words of this English list: it counts nothing.
  assert.deepEqual(
    askedFor('why did the HPA raise fares', sw).map((a) => a.word),
    ['hpa', 'raise', 'harbour', 'board'],
  );
  const weight = Object.fromEntries(askedFor('HPA strike', sw).map((a) => [a.word, a.weight]));
  assert.ok(weight.harbour! < weight.hpa!, 'a name an alias stands for counts a little less than a word typed');
  assert.deepEqual(askedFor('?', sw), []);
});
