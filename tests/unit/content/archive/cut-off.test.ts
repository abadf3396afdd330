import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cutOff, cutOffNote, wordsFrom } from '../../../../src/lib/content/archive/cut-off.ts';

const words = wordsFrom(['alexa', 'certificate', 'certification', 'certified', 'models', 'on', 'receiving', 'sail', 'sailing'].sort());

test('a copy that ends with a sentence is whole', () => {
  for (const end of ['Ecobee said no.', 'Was it?', '“We will not,” he said.', 'It ended (for now).', 'And so on…']) assert.equal(cutOff(end, words), undefined, end);
});

test('a copy that stops inside a word, or after a whole word mid-sentence, says which', () => {
  assert.deepEqual(cutOff('Amazon threatened to stop receiving Alexa certificat', words), { how: 'mid-word', tail: 'to stop receiving Alexa certificat' });
  assert.deepEqual(cutOff('kept publishing the number on each sail', words), { how: 'mid-sentence', tail: 'the number on each sail' });
  assert.equal(cutOff('a comma ends it,', words)?.how, 'mid-sentence');
  // Without a word list, only mid-sentence can be told.
  assert.equal(cutOff('receiving Alexa certificat')?.how, 'mid-sentence');
  assert.equal(cutOff(undefined), undefined);
});

test('the note readers see quotes the last words', () => {
  assert.equal(
    cutOffNote({ how: 'mid-word', tail: 'receiving Alexa certificat' }),
    'The copy received ends mid-word (“…receiving Alexa certificat”); the rest of the article is not archived here.',
  );
});

test('word lookups: whole words and the starts of words', () => {
  assert.ok(words.has('sailing'));
  assert.ok(words.hasPrefix('certificat'));
  assert.ok(!words.hasPrefix('zz'));
});
