import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseIndex, readSynset, type Pos, type Synset } from '../../../src/lib/search/wordnet.ts';
import { collocations, expansionOf, relatedTo, type Lexicon } from '../../../src/lib/search/related-words.ts';
import { wordnet, functionWords } from '../../../src/data/search/lexicon.ts';

test('an index line gives the lemma its synset offsets, most frequent sense first; licence lines are skipped', () => {
  const index = parseIndex('  1 This software and database\nturn_down v 2 1 @ 2 1 00797878 02236124  \n');
  assert.deepEqual([...index], [['turn down', [797878, 2236124]]]);
});

test('a synset is read at its byte offset: words without markers, pointers with their source and target words', () => {
  const before = 'x\n';
  const line = '00000002 41 a 02 Canadian 0 canadian(a) 0 002 \\ 08876845 n 0101 & 00000009 s 0000 | of Canada';
  const data = new TextEncoder().encode(`${before}${line}\n`);
  const s = readSynset(data, before.length);
  assert.deepEqual(s.words, ['canadian', 'canadian']);
  assert.deepEqual(s.pointers, [
    { symbol: '\\', offset: 8876845, pos: 'n', source: 1, target: 1 },
    { symbol: '&', offset: 9, pos: 'a', source: 0, target: 0 },
  ]);
});

// A lexicon of five synsets: refuse as a verb (two senses, with a derived noun and a hypernym) and as a noun (garbage).
const synsets: Record<string, Synset> = {
  v1: {
    words: ['refuse', 'decline'],
    pointers: [
      { symbol: '+', offset: 2, pos: 'n', source: 1, target: 1 },
      { symbol: '@', offset: 3, pos: 'v', source: 0, target: 0 },
    ],
  },
  n2: { words: ['refusal'], pointers: [] },
  v3: { words: ['react', 'respond'], pointers: [] },
  n4: { words: ['garbage', 'refuse'], pointers: [] },
  v5: { words: ['reject'], pointers: [] },
};
const lexicon: Lexicon = {
  lemmas: (w) =>
    w === 'refused' || w === 'refuse'
      ? [
          { lemma: 'refuse', pos: 'v' },
          { lemma: 'refuse', pos: 'n' },
        ]
      : [],
  senses: (lemma, pos: Pos) => (lemma !== 'refuse' ? [] : pos === 'v' ? [1, 5] : [4]),
  synset: (pos, offset) => synsets[`${pos}${offset}`]!,
};

test('related words: the lemma, synonyms, derived forms of the word itself and hypernyms, for the first senses only', () => {
  assert.deepEqual([...relatedTo('refused', lexicon, { senses: 1, skip: new Set() })].sort(), ['decline', 'garbage', 'react', 'refusal', 'refuse', 'respond']);
  // Two senses reach "reject"; a function word is never added.
  const two = relatedTo('refused', lexicon, { senses: 2, skip: new Set(['react']) });
  assert.ok(two.has('reject') && !two.has('react'));
});

test('a text is expanded with related words it does not hold itself, first seen first', () => {
  assert.deepEqual(expansionOf('Ecobee refused; the refusal', lexicon, { senses: 1, skip: new Set(['the']) }), [
    'refuse',
    'decline',
    'react',
    'respond',
    'garbage',
  ]);
});

test('the shipped WordNet reaches words a reader uses for what a claim says', () => {
  const options = { senses: 2, skip: functionWords() };
  const related = (w: string) => relatedTo(w, wordnet(), options);
  assert.ok(related('refused').has('decline'));
  assert.ok(related('said').has('state'), 'an irregular form reaches its lemma (said → say)');
  assert.ok(related('canadian').has('canada'));
  assert.ok(related('data').has('information'));
  assert.ok(related('spokesman').has('spokesperson'));
});

test('two-word lemmas a text holds are expanded as one, a verb in any form: stepped in → intervene', () => {
  const options = { senses: 2, skip: functionWords() };
  assert.deepEqual(collocations('regulators may have stepped in; the company turned it down', wordnet()), ['step in']);
  assert.ok(expansionOf('regulators may have to step in', wordnet(), options).includes('intervene'));
  assert.ok(!expansionOf('regulators may have to step', wordnet(), options).includes('intervene'), 'the single words do not reach it');
});
