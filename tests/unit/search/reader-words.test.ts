import { test } from 'node:test';
import assert from 'node:assert/strict';
import { aliasedWords, expandQuery, isAliased, readerWords } from '../../../src/lib/search/reader-words.ts';
import { normalizeWords } from '../../../src/lib/content/words.ts';

const words = readerWords([
  { name: 'Harbour Board', alsoKnownAs: ['port authority', 'HB', 'Hafenamt'] },
  { name: 'Ferry timetable', alsoKnownAs: ['schedule', 'sailing schedule'] },
  { name: 'Québec', alsoKnownAs: ['Quebecois'] },
]);

test('normalizeWords lowercases, drops accents and punctuation', () => {
  assert.equal(normalizeWords('  Québec’s  Port-Authority! '), 'quebec s port authority');
});

test('a reader word becomes the name the content uses, whole words only', () => {
  assert.equal(expandQuery('What did the Port Authority say?', words), 'what did the harbour board say');
  assert.equal(expandQuery('hb fees', words), 'harbour board fees');
  assert.equal(expandQuery('hbo fees', words), undefined, '"hb" must not match inside "hbo"');
  assert.equal(expandQuery('ferry prices', words), undefined);
});

test('the longest phrase wins and a replaced name is not matched again', () => {
  assert.equal(expandQuery('sailing schedule changes', words), 'ferry timetable changes');
  assert.equal(expandQuery('quebecois port authority schedule', words), 'quebec harbour board ferry timetable');
});

test('an alias equal to its own name is ignored', () => {
  assert.deepEqual(readerWords([{ name: 'Board', alsoKnownAs: ['board', 'BOARD!'] }]), []);
});

test('aliases match by stem: an inflected word finds its alias', () => {
  assert.equal(expandQuery('port authorities', words), 'harbour board');
  assert.equal(expandQuery('schedules changed', words), 'ferry timetable changed');
});

test("the query's words that are part of a reader's word, by stem, whole words only", () => {
  const words = readerWords([
    { name: 'Amazon', alsoKnownAs: ['amzn'] },
    { name: 'EU', alsoKnownAs: ['European Union'] },
  ]);
  assert.deepEqual([...aliasedWords('did amzn talk to the european union', words)].sort(), ['amzn', 'european', 'union']);
  assert.deepEqual([...aliasedWords('amznx european', words)], [], 'a word that only starts with one, or half a phrase, is not one');
});

test('a typed term is aliased when all its words are, compared without accents or hyphens', () => {
  const words = readerWords([{ name: 'Amazon', alsoKnownAs: ['e-commerce giant', 'Nestlé'] }]);
  const aliased = aliasedWords('is the nestlé e-commerce giant', words);
  assert.ok(isAliased('nestlé', aliased));
  assert.ok(isAliased('e-commerce', aliased));
  assert.ok(!isAliased('giants', aliased));
  assert.ok(!isAliased('-', aliased), 'punctuation alone is no alias');
});
