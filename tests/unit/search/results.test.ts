import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  displayOrder,
  groupResults,
  hiddenWordsText,
  markWords,
  passageTitle,
  toDisplay,
  visibleText,
  type RawResult,
} from '../../../src/lib/search/results.ts';
import { holdsWord } from '../../../src/lib/search/match.ts';

const raw = (type: string, url: string, extra: Partial<RawResult> = {}): RawResult => ({
  url,
  excerpt: '',
  content: 'ferry timetable',
  meta: { title: url },
  filters: { type: [type] },
  ...extra,
});

test('results group by type, claims first', () => {
  const shown = ['/timeline/#e', '/sources/s/#p-1', '/claims/c/', '/explainers/x/'].flatMap((u, i) =>
    toDisplay(raw(['event', 'source', 'claim', 'explainer'][i]!, u), 1, []),
  );
  assert.deepEqual(
    groupResults(shown).map((g) => g.label),
    ['Claims', 'Source passages', 'Timeline', 'Explainers'],
  );
  assert.deepEqual(
    displayOrder(shown).map((r) => r.url),
    ['/claims/c/', '/sources/s/#p-1', '/timeline/#e', '/explainers/x/'],
  );
});

test('a source page becomes one result per passage hit, those holding every word first, then by weight, at most perPage', () => {
  const sub = (n: number, text: string, score: number) => ({
    title: passageTitle('The Gazette', n),
    url: `/sources/gazette/#p-${n}`,
    excerpt: `…${n}…`,
    anchor: { id: `p-${n}`, text },
    weighted_locations: [{ balanced_score: score }],
  });
  const page = raw('source', '/sources/gazette/', {
    meta: { title: 'Harbour report', context: 'The Gazette, 2020' },
    filters: { type: ['source'], actor: ['gazette'] },
    sub_results: [sub(1, 'The ferry left late.', 90), sub(2, 'The ferry timetable changed.', 10), sub(3, 'Timetables were printed.', 50)],
  });
  const shown = toDisplay(page, 7, [['ferry', 'timetable']], 2);
  assert.deepEqual(
    shown.map((r) => [r.url, r.title, r.context, r.coverage]),
    [
      ['/sources/gazette/#p-2', 'The Gazette, paragraph 2', 'Harbour report', 1],
      ['/sources/gazette/#p-1', 'The Gazette, paragraph 1', 'Harbour report', 0.5],
    ],
  );
  assert.ok(shown.every((r) => r.score === 7 && r.actors[0] === 'gazette'));
});

test('a page without passage anchors stays one result', () => {
  assert.equal(toDisplay(raw('claim', '/claims/c/', { sub_results: [] }), 1, [['ferry']]).length, 1);
});

test('a claim found only by its hidden related words shows its lead quote, escaped, not the word list', () => {
  const hit = (excerpt: string) =>
    toDisplay(raw('claim', '/claims/c/', { excerpt, meta: { title: 'C', lead: '“Ferry <late>” (The Gazette)' } }), 1, [['boat']])[0]!.excerpt;
  assert.equal(hit('· vessel · <mark>boat</mark> · craft'), '“Ferry &lt;late&gt;” (The Gazette)');
  assert.equal(hit('The <mark>boat</mark> left late.'), 'The <mark>boat</mark> left late.');
  // A page without a lead keeps Pagefind's excerpt (an actor's aliases).
  assert.equal(toDisplay(raw('actor', '/actors/a/', { excerpt: 'AWS · cloud' }), 1, [])[0]!.excerpt, 'AWS · cloud');
});

test('hidden words are bracketed in the indexed text, so what a page shows can be told from what it is found by', () => {
  const content = `Ecobee refused. ${hiddenWordsText(['declined', 'rejected'])} Its customers.`;
  assert.equal(visibleText(content).replace(/\s+/g, ' '), 'Ecobee refused. Its customers.');
  assert.ok(holdsWord(content, 'declined'));
  assert.ok(!holdsWord(visibleText(content), 'declined'));
});

test("an excerpt marks every one of the reader's words, by stem, besides the word Pagefind marked", () => {
  const excerpt = 'the reports, <mark>Ecobee</mark> refused to share the data with Amazon&#39;s store &amp; more';
  assert.equal(
    markWords(excerpt, ['ecobee', 'refuse', 'amazon']),
    'the reports, <mark>Ecobee</mark> <mark>refused</mark> to share the data with <mark>Amazon</mark>&#39;s store &amp; more',
  );
  assert.equal(markWords('fares &amp; <mark>rose</mark>', ['amp', 'fare']), '<mark>fares</mark> &amp; <mark>rose</mark>', 'an entity is not a word');
  assert.equal(markWords('&amp; amp', ['amp']), '&amp; <mark>amp</mark>');
  assert.equal(markWords('Amazon&#39;s e-commerce arm', ["amazon's", 'E-Commerce']), '<mark>Amazon</mark>&#39;s e-<mark>commerce</mark> arm', 'by its parts');
  assert.equal(markWords(excerpt, []), excerpt);
  assert.equal(markWords('the finance minister', ['fined']), 'the finance minister', 'a longer word it begins is not it');
});
