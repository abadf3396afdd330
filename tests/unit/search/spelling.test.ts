import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  closestWord,
  wordCounts,
  correctQuery,
  englishNear,
  expandShortForm,
  joinSplitWords,
  startsWithSlip,
  vocabulary,
  wordsOf,
} from '../../../src/lib/search/spelling.ts';
import { editDistance } from '../../../src/lib/content/words.ts';

/** The vocabulary files' words: every word, most frequent first. */
const buildVocabulary = (texts: string[]) => wordCounts(texts).map(([w]) => w);

const v = vocabulary(
  buildVocabulary([
    'The harbour board asked the ferry company for timetables.',
    'Even the board said no; Evans, the spokesman, said nothing.',
    'even even recommendations',
  ]),
);

test('the vocabulary holds every word of three letters or more, most frequent first', () => {
  assert.deepEqual(v.words.slice(0, 3), ['the', 'even', 'board']);
  assert.ok(v.known.has('recommendations') && !v.known.has('no'));
  assert.deepEqual(wordsOf('Québec’s 4G port-authority'), ['quebec', 'port', 'authority']);
});

test('edit distance counts a swap of neighbours once and stops past the limit', () => {
  assert.equal(editDistance('andriod', 'android'), 1);
  assert.equal(editDistance('ferry', 'fairy', 2), 2);
  assert.equal(editDistance('ferry', 'timetables', 2), 3);
});

test('the closest word: same length beats an added or dropped letter, then frequency', () => {
  assert.equal(closestWord('evens', v), 'evans', '"even" is more frequent but one letter shorter');
  assert.equal(closestWord('timetabels', v), 'timetables');
  assert.equal(closestWord('zebra', v), undefined);
});

test('a query is corrected word by word; short and known words are left alone; cut-short words are completed', () => {
  assert.equal(correctQuery('harbur bord', v), 'harbour board');
  assert.equal(correctQuery('harbour board', v), undefined);
  assert.equal(correctQuery('buy ferry', v), undefined, 'three letters: too close to other words to guess');
  assert.equal(correctQuery('recommendat', v), 'recommendations');
});

test('only the words no page holds are corrected: the vocabulary holds only their letters', () => {
  const a = vocabulary(['another', 'asked', 'amazon']);
  assert.equal(correctQuery('other co asjed too', a), 'another co asked too', 'without the list, a word of an unloaded letter is taken for a loaded one');
  assert.equal(correctQuery('other co asjed too', a, { only: ['asjed'] }), 'other co asked too');
  assert.equal(correctQuery('other co asjed too', a, { only: [] }), undefined);
  assert.equal(correctQuery('asjéd', a, { only: ['asjéd'] }), 'asked', 'listed as typed, compared in the normal form');
});

test('a word still being typed, with a slip in it, is taken for the word it starts', () => {
  const s = vocabulary(['the', 'regulators', 'proactive', 'product', 'state', 'statement', 'thermostat']);
  assert.equal(startsWithSlip('praoct', s), 'proactive', 'two letters swapped');
  assert.equal(startsWithSlip('reegulat', s), 'regulators', 'a letter doubled');
  assert.equal(startsWithSlip('therrmo', s), 'thermostat');
  assert.equal(startsWithSlip('proct', s), 'proactive', 'a letter dropped: the most frequent such word');
  assert.equal(startsWithSlip('prax', s), undefined, 'under five letters: too short to guess');
  assert.equal(startsWithSlip('sregul', s), undefined, 'the first letter is kept');
  assert.equal(startsWithSlip('regulators', s), undefined, 'a whole word is not a start');
  assert.equal(correctQuery('praoct state', s), 'proactive state');
  assert.equal(correctQuery('tstat', vocabulary(['statement', 'thermostat'])), 'thermostat', 'a short form is the likelier reading');
});

test('a short form stands for the most frequent word that keeps its letters in order, first and last alike', () => {
  const s = vocabulary(buildVocabulary(['that that that the government thermostat comment commitment comment', 'the thermostat government']));
  assert.equal(expandShortForm('govt', s), 'government');
  assert.equal(expandShortForm('cmnt', s), 'comment', 'more frequent than commitment');
  assert.equal(correctQuery('tstat data', s), 'thermostat data', '"that" is two slips away; a short form is the likelier reading');
  assert.equal(correctQuery('govt', s), 'government');
  assert.equal(correctQuery('thermostt', s), 'thermostat', 'one slip away wins over any short form');
  assert.equal(expandShortForm('tht', vocabulary(['that'])), undefined, 'a word only one letter longer is a slip, not a short form');
  assert.equal(expandShortForm('gvts', s), undefined, 'the last letter must match');
});

test('word counts: how often each word occurs, most frequent first, ties alphabetical', () => {
  assert.deepEqual(wordCounts(['the thermostat, the data', 'Data THE go']), [
    ['the', 3],
    ['data', 2],
    ['thermostat', 1],
  ]);
});

test('a real English word near a site word is never corrected, only offered when asked; a slip still is', () => {
  const site = buildVocabulary(['The ferry timetable is listing late departures.']);
  const english = englishNear(site, ['listening', 'lusting', 'ferry', 'fairy', 'elephant', 'tim', 'timetab']);
  // "ferry" is a site word; "elephant" is too far from any; "tim" too short to be changed anyway.
  assert.deepEqual(english.sort(), ['fairy', 'listening', 'lusting', 'timetab']);
  const withEnglish = vocabulary(site, english);
  assert.equal(correctQuery('listening ferry', withEnglish), undefined, 'a real word is left as typed');
  assert.equal(correctQuery('listening ferry', withEnglish, { english: true }), 'listing ferry', 'offered beside it');
  assert.equal(correctQuery('listning ferry', withEnglish), 'listing ferry', 'a non-word is corrected to site words');
});

test('a word a reader split in two is joined, where the join is a site word or one slip from one and one half is unknown', () => {
  const v = vocabulary(['harbourmaster', 'ferry', 'timetable', 'fares', 'echo'], []);
  assert.equal(correctQuery('harbour master fares', v, { only: ['harbour'] }), 'harbourmaster fares');
  assert.equal(correctQuery('echo bee timetable', v, { only: ['bee'] }), undefined, 'echobee is no site word, nor one slip from one');
  assert.deepEqual(joinSplitWords(['time', 'tabel', 'fares'], v, new Set(['tabel'])), ['timetable', 'fares']);
  // Both halves known: two words, not a slip.
  assert.equal(joinSplitWords(['ferry', 'fares'], vocabulary(['ferry', 'fares', 'ferryfares']), new Set()), undefined);
  // Too short a join to be sure of.
  assert.equal(joinSplitWords(['fe', 'rry'], v, new Set(['fe', 'rry'])), undefined);
});
