import { test } from 'node:test';
import assert from 'node:assert/strict';
import { askedWords, bm25Idf, combineWords, COMMON_RANK, cutoffFor, englishWeight, isClearAnswer, unsaidWords } from '../../../src/lib/search/score.ts';
import { holdsWord } from '../../../src/lib/search/match.ts';

const rank = new Map([
  ['the', 1],
  ['boat', 60],
  ['late', 400],
  ['listening', 1100],
  ['harbour', 5000],
]);
const stop = new Set(['the', 'did']);
const weight = (w: string) => englishWeight(w, rank, stop);

test('english weight: function words count nothing, everyday words little, rare or unlisted words fully', () => {
  assert.equal(weight('the'), 0);
  assert.equal(weight('did'), 0, 'a function word not in the frequency list');
  assert.ok(weight('boat') > 0 && weight('boat') < weight('late'), 'more frequent counts less');
  assert.ok(weight('late') < 1);
  assert.equal(weight('harbour'), 1, `rarer than rank ${COMMON_RANK}`);
  assert.equal(weight('kalolo'), 1, 'a word no list knows (a name) counts fully');
});

test('asked words: each typed word once with its weight, an alias’s name a little less, all in full when all weigh nothing', () => {
  assert.deepEqual(askedWords('late harbour late', ['late harbour', 'late port board'], weight), [
    { word: 'late', weight: weight('late') },
    { word: 'harbour', weight: 1 },
    { word: 'port', weight: 0.9 },
    { word: 'board', weight: 0.9 },
  ]);
  assert.deepEqual(askedWords('the did', ['the did'], weight), [
    { word: 'the', weight: 1 },
    { word: 'did', weight: 1 },
  ]);
});

const hits = (...pairs: [string, number][]) => pairs.map(([id, score]) => ({ id, score }));
const options = { pages: 10, commonShare: 0.5, cutoff: 0.15 };

test('combining words: a rare word outweighs a common one, a page holding more words ranks higher', () => {
  const common = hits(['a', 9], ['b', 8], ['c', 7], ['d', 6], ['e', 5], ['f', 4]);
  const strike = hits(['f', 1]);
  const ranked = combineWords(
    [
      { word: 'ferry', weight: 1, hits: common },
      { word: 'strike', weight: 1, hits: strike },
    ],
    options,
  );
  assert.equal(ranked[0]!.hit.id, 'f', 'the one page with the rare word comes first');
  assert.deepEqual(ranked[0]!.words, ['ferry', 'strike']);
  assert.equal(ranked[0]!.hit, strike[0], 'it is shown as the rare word found it (its excerpt is about that word)');
  assert.ok(
    ranked.every((p) => p.words.includes('strike')),
    'pages holding only a word most pages hold are not shown beside one holding a rarer word',
  );
});

test('combining words: pages far below the best are cut; a word that weighs nothing adds nothing', () => {
  const ranked = combineWords(
    [
      { word: 'ferry', weight: 1, hits: hits(['a', 10], ['b', 1]) },
      { word: 'the', weight: 0, hits: hits(['b', 10]) },
    ],
    options,
  );
  assert.deepEqual(
    ranked.map((p) => p.hit.id),
    ['a'],
    'b scores a tenth of a, under the cutoff',
  );
});

test('the answer threshold: the first must be a margin above the second and show half the words; alone it is clear', () => {
  const o = { margin: 1.6, holds: 0.5 };
  assert.equal(isClearAnswer({ score: 3.2, shown: 1 }, 2, o), true);
  assert.equal(isClearAnswer({ score: 3, shown: 1 }, 2, o), false);
  assert.equal(isClearAnswer({ score: 1, shown: 0.5 }, undefined, o), true);
  assert.equal(isClearAnswer(undefined, undefined, o), false);
  assert.equal(isClearAnswer({ score: 0, shown: 1 }, undefined, o), false);
  assert.equal(isClearAnswer({ score: 9, shown: 0.4 }, 1, o), false, 'far ahead, but by words it does not show');
});

test('unsaid words: absent when no page holds them, unused when only hidden related words do; an everyday word from four letters, a rare one from three', () => {
  const use = (word: string, found: boolean, shown: boolean) => ({ word, found, shown });
  const words = [
    use('harbour', false, false),
    use('listening', false, false),
    use('bit', false, false),
    use('know', false, false),
    use('the', false, false),
    use('eu', false, false),
    use('kalolo', false, false),
    use('ferry', true, true),
    use('gadgets', true, false),
    use('late', true, false),
    use('big', true, false),
    use('matter', true, false),
  ];
  rank.set('bit', 900);
  rank.set('big', 300);
  assert.deepEqual(unsaidWords(words, rank, stop), { absent: ['harbour', 'listening', 'kalolo'], unused: ['gadgets', 'late'] });
});

test('a page holds a word by its stem, not by a longer word it starts, unless the word is still being typed', () => {
  assert.equal(holdsWord('The doors were locked.', 'locks'), true);
  assert.equal(holdsWord('Where to find the finance page', 'fined'), false);
  assert.equal(holdsWord('Where to find the finance page', 'fin'), false);
  assert.equal(holdsWord('Where to find the finance page', 'fin', true), true);
});

test('a word of parts is held where its parts stand together, as the text prints them', () => {
  assert.equal(holdsWord('data of third-party sellers', 'third-party'), true);
  assert.equal(holdsWord('data of third party sellers', 'third-party'), true);
  assert.equal(holdsWord('a third of the party', 'third-party'), false);
  assert.equal(holdsWord('the third-party sel', 'third-par', true), true, 'its last part still being typed');
  assert.equal(holdsWord('anything', '-', true), false, 'punctuation alone is held nowhere');
});

test("bm25Idf is Pagefind's: rarer words weigh more, a word on every page still a little", () => {
  assert.ok(bm25Idf(100, 1) > bm25Idf(100, 10));
  assert.ok(bm25Idf(100, 100) > 0);
});

test('combining words: a word met only among hidden related words counts a fraction of one in body text', () => {
  // 'gadgets' is on no page's text: its best hit (1.0) is a low-weighted hidden word, a third of what once in body text scores.
  const once = bm25Idf(10, 2);
  const words = [
    { word: 'gadgets', weight: 1, hits: hits(['a', once / 3], ['b', once / 6]) },
    { word: 'thermostat', weight: 1, hits: hits(['b', once], ['c', once]) },
  ];
  const against = (bodyScore: number) => Object.fromEntries(combineWords(words, { ...options, bodyScore }).map((p) => [p.hit.id, p.score]));
  const rarity = Math.log(1 + 10 / 2);
  const scored = against(1);
  assert.ok(Math.abs(scored.a! - rarity / 3) < 1e-9, 'a hidden match is scored against a body-text match, not against the best hidden one');
  assert.ok(scored.b! > scored.c!, 'b holds both words');
  assert.ok(Math.abs(against(0).a! - rarity) < 1e-9, 'with bodyScore 0 the best hit of each word counts in full');
});

test('the cut: a query of three informative words or more keeps pages nearer the best than a name or a phrase does', () => {
  const share = { few: 0.15, many: 0.35 };
  const w = (word: string, weight: number) => ({ word, weight });
  assert.equal(cutoffFor([w('ferry', 1), w('fares', 1)], ['ferry', 'fares'], share), 0.15);
  assert.equal(cutoffFor([w('ferry', 1), w('fares', 1), w('rise', 0.6)], ['ferry', 'fares', 'rise'], share), 0.35);
  // Everyday words ("why", "would") do not make a phrase a question.
  assert.equal(cutoffFor([w('ferry', 1), w('fares', 1), w('would', 0.2), w('why', 0.1)], ['why', 'would', 'ferry', 'fares'], share), 0.15);
  // Nor do the words an alias stands for: "hpa" is one name.
  assert.equal(cutoffFor([w('hpa', 1), w('harbour', 0.9), w('board', 0.9)], ['hpa'], share), 0.15);
});
