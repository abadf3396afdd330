import { test } from 'node:test';
import assert from 'node:assert/strict';
import { correctedAsTyped, highlightWords, pauseFor, PREFIX_PAUSE_MS, searchTerms, swapWords, withFixedTerms } from '../../../src/lib/search/query.ts';

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

test('a lone letter left from an apostrophe is not searched for', () => {
  assert.equal(searchTerms('amazon s spokesman'), 'amazon spokesman');
  assert.equal(searchTerms('4 g'), '4');
});

test('a word still being typed waits for a pause while it has fewer than three letters; a longer one is searched at once', () => {
  assert.equal(pauseFor('k'), PREFIX_PAUSE_MS);
  assert.equal(pauseFor('jack ev'), PREFIX_PAUSE_MS, 'the word in progress is the last one');
  assert.equal(pauseFor('jack eva'), 0, 'three letters');
  assert.equal(pauseFor('jack evans '), 0, 'a finished word never waits');
  assert.equal(pauseFor('eu '), 0, 'a space after it says it is finished');
  assert.equal(pauseFor('“Ec'), PREFIX_PAUSE_MS, 'punctuation is not a letter');
  assert.equal(pauseFor(''), 0);
});

test('a word in progress that starts a heavy word waits for a pause: it falls in the chunk that word ends', () => {
  const heavy = ['kalo', 'the'];
  assert.equal(pauseFor('karu kal', heavy), PREFIX_PAUSE_MS, 'a prefix of a heavy word');
  assert.equal(pauseFor('karu kalo', heavy), PREFIX_PAUSE_MS, 'the heavy word itself, perhaps still growing');
  assert.equal(pauseFor('karu kalol', heavy), 0, 'past it: its own chunk');
  assert.equal(pauseFor('The', heavy), PREFIX_PAUSE_MS, 'in the search’s normal form');
  assert.equal(pauseFor('Kàl', heavy), PREFIX_PAUSE_MS, 'accents and case do not matter');
  assert.equal(pauseFor('ther', heavy), 0);
  assert.equal(pauseFor('kalo ', heavy), 0, 'a finished heavy word is searched at once');
  assert.equal(pauseFor('karu', heavy), 0, 'other words are not held back');
});

test('a possessive is searched as its noun, with a straight or a curly apostrophe; a contraction is a function word', () => {
  assert.equal(searchTerms("amazon's threat"), 'amazon threat');
  assert.equal(searchTerms('Amazon’s threat'), 'amazon threat');
  assert.equal(searchTerms("customers' trust"), 'customers trust');
  assert.equal(searchTerms("why won't amazon talk"), 'amazon talk');
  assert.equal(searchTerms('amazon doesn’t talk'), 'amazon talk');
  assert.equal(searchTerms("i'm worried they've got my data"), 'worried got data');
});

test('an apostrophe that is not between letters is no part of a word: a possessive still being typed is its noun', () => {
  assert.equal(searchTerms("amazon'"), 'amazon');
  assert.equal(searchTerms("amazon' refusal"), 'amazon refusal');
  assert.equal(searchTerms("'proactive state'"), 'proactive state');
});

test('words swapped into the query as typed keep the question around them, whole words only, in one pass', () => {
  assert.equal(swapWords("Why did Ecobee's refusal matter?", new Map([['refusal', 'refused']])), 'why did ecobee refused matter?');
  assert.equal(swapWords('ecobe and ecobes', new Map([['ecobe', 'ecobee']])), 'ecobee and ecobes', 'not inside another word');
  assert.equal(
    swapWords(
      'a b',
      new Map([
        ['a', 'b'],
        ['b', 'c'],
      ]),
    ),
    'b c',
    'a word swapped in is not swapped again',
  );
  assert.equal(swapWords('co.uk (x+y)', new Map([['x+y', 'z']])), 'co.uk (z)', 'a word with a regular-expression character');
});

test('a corrected spelling goes back into the question as typed, so its form is still read', () => {
  assert.equal(withFixedTerms('why did ecobe say no', 'ecobee say no'), 'why did ecobee say no');
  // Two words joined into one keep the question too.
  assert.equal(withFixedTerms('Why did echo bee refuse?', 'ecobee refuse'), 'why did ecobee refuse?');
  assert.equal(withFixedTerms('amazn and echo bee refuze', 'amazon ecobee refuse'), 'amazon and ecobee refuse');
  assert.equal(withFixedTerms('What did Amazon say about the Ecobee reprot?', 'amazon say ecobee report'), 'what did amazon say about the ecobee report?');
  assert.equal(withFixedTerms("other co's asjed too", 'other co asked too'), 'other co asked too');
  assert.equal(withFixedTerms('why did ecobe say no', 'ecobee no'), 'ecobee no', 'terms that do not line up: the corrected terms alone');
});

test('a swap never reaches inside a contraction or a word of parts', () => {
  assert.equal(swapWords("who won? amazon won't say", new Map([['won', 'win']])), "who win? amazon won't say");
  assert.equal(swapWords('ecobe-amazon ecobe', new Map([['ecobe', 'ecobee']])), 'ecobe-amazon ecobee');
});

test('a correction is named with the reader’s own words where the search swapped in a source form', () => {
  // typed "ecobe refusal", searched "ecobe refused", corrected "ecobee refused": shown "ecobee refusal".
  assert.equal(correctedAsTyped('ecobe refusal matter', 'ecobe refused matter', 'ecobee refused matter'), 'ecobee refusal matter');
  assert.equal(correctedAsTyped('a b', 'a b c', 'x y'), 'x y', 'terms that do not line up: the corrected terms');
});
