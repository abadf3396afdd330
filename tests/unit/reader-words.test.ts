import { test } from 'node:test';
import assert from 'node:assert/strict';
import { expandQuery, readerWords, topicsIn } from '../../src/lib/reader-words.ts';
import { normalizeWords } from '../../src/lib/words.ts';

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

test('a topic named by an alias sends the rest of the query to it', () => {
  const topics = [
    { id: 'pressure', phrases: ['blackmail', 'strong arm'] },
    { id: 'refusal', phrases: ['turned down'] },
  ];
  assert.deepEqual(topicsIn('Board blackmailed the company', topics), [{ id: 'pressure', rest: 'board the company' }]);
  assert.deepEqual(topicsIn('company turned the board down', topics), [{ id: 'refusal', rest: 'company the board' }], 'a verb phrase split by its object');
  assert.deepEqual(topicsIn('company turned the harbour board down', topics), [], 'more than two words apart, the words are not one phrase');
  assert.deepEqual(topicsIn('strong-armed', topics), [{ id: 'pressure', rest: '' }]);
  assert.deepEqual(topicsIn('blackmail and strong arm tactics', topics), [{ id: 'pressure', rest: 'and tactics' }], 'each alias of the topic is taken out');
});
