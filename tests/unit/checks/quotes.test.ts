import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkQuotes } from '../../../src/lib/checks/quotes.ts';

const sources = new Map([
  ['s', { kind: 'article', passages: [{ n: 1, text: 'Amazon declined to comment, stating that it doesn’t talk about agreements with partners.' }] }],
  ['r', { kind: 'cited-report', passages: [] }],
]);
const claim = (source: string, quote: string) => ({ id: 'c', filePath: 'content/claims/c.yaml', data: { evidence: [{ source: { id: source }, quote }] } });

test('a quote is located, forgiving straight quotes and white space', () => {
  const r = checkQuotes([claim('s', "it doesn't   talk about agreements")], sources);
  assert.deepEqual(r.problems, []);
  assert.equal(r.locations.get('c')![0]!.n, 1);
  assert.equal(r.locations.get('c')![0]!.exact, 'it doesn’t talk about agreements');
});

test('a changed word fails with the quote, the closest passage and the paragraph to copy from', () => {
  const [p] = checkQuotes([claim('s', "doesn't discuss agreements with partners")], sources).problems;
  assert.equal(p!.field, 'evidence[0].quote');
  assert.match(p!.message, /quote: {3}"doesn't discuss agreements with partners"/);
  assert.match(p!.message, /closest: ¶1 "stating that it doesn’t talk about agreements with partners\."/);
  assert.equal(p!.fix, 'copy the words exactly from /sources/s/#p-1');
});

test('a report without archived text cannot be quoted; an unknown source is left to the reference check', () => {
  assert.equal(checkQuotes([claim('r', 'anything')], sources).problems[0]!.field, 'evidence[0].source');
  assert.deepEqual(checkQuotes([claim('gone', 'anything')], sources).problems, []);
});

const twice = new Map([
  [
    't',
    {
      kind: 'article',
      passages: [
        { n: 1, text: 'At first the company said no. It did not share the data.' },
        { n: 2, text: 'Later, the company said no again.' },
      ],
    },
  ],
]);
const withParagraph = (quote: string, paragraph?: number) => ({
  id: 'c',
  filePath: 'content/claims/c.yaml',
  data: { evidence: [{ source: { id: 't' }, quote, paragraph }] },
});

test('a quote too short to show what it supports ("the") is refused, naming the passage to quote from', () => {
  const [p] = checkQuotes([withParagraph('the')], twice).problems;
  assert.deepEqual(p, {
    file: 'content/claims/c.yaml',
    field: 'evidence[0].quote',
    message: '"the" is one word: too short for a reader to find the passage, or to show what it supports',
    fix: 'quote at least 3 words from /sources/t/#p-1',
  });
});

test('a quote found in two passages must say which: quote more, or name the paragraph', () => {
  const [p] = checkQuotes([withParagraph('the company said no')], twice).problems;
  assert.equal(p!.field, 'evidence[0].quote');
  assert.match(p!.message, /occurs 2 times in sources\/t \(¶1, ¶2\), so it does not say which passage it means/);
  assert.equal(p!.fix, 'quote more of the sentence you mean, or add "paragraph: <n>" to this evidence (one of 1, 2)');
  const named = checkQuotes([withParagraph('the company said no', 2)], twice);
  assert.deepEqual(named.problems, []);
  assert.equal(named.locations.get('c')![0]!.n, 2);
  const wrong = checkQuotes([withParagraph('did not share the data', 2)], twice).problems[0]!;
  assert.deepEqual(
    [wrong.field, wrong.message, wrong.fix],
    ['evidence[0].paragraph', 'the quote is not in ¶2 of sources/t; it is in ¶1', 'set paragraph to 1'],
  );
});

test('a quote edited as print edits quotations (an ellipsis, words in brackets) says so, and where each run of the source is', () => {
  const [cut] = checkQuotes([claim('s', 'Amazon declined to comment … agreements with partners')], sources).problems;
  assert.equal(cut!.field, 'evidence[0].quote');
  assert.match(cut!.message, /leaves words out with an ellipsis, but a quote is one unbroken run of the source's words \(sources\/s\)/);
  assert.equal(cut!.fix, 'make each part its own evidence entry: "Amazon declined to comment" (¶1) and "agreements with partners" (¶1)');
  const [dots] = checkQuotes([claim('s', 'Amazon declined [...] partners about it')], sources).problems;
  assert.match(dots!.fix, /"Amazon declined" \(¶1\) and "partners about it" \(not found as written\)/);
  const [added] = checkQuotes([claim('s', 'it [Amazon] doesn’t talk about agreements')], sources).problems;
  assert.match(added!.message, /puts \[Amazon\] into the source's words/);
  assert.match(added!.fix, /say who or what is meant in the statement or in the evidence's note/);
  // An ellipsis the source itself has is quoted like any other character.
  const withDots = new Map([['s', { kind: 'article', passages: [{ n: 2, text: 'He said “we will see…” and left the room.' }] }]]);
  assert.deepEqual(checkQuotes([claim('s', 'we will see…” and left')], withDots).problems, []);
});

test('a quote filed under the wrong source names the source that has it word for word', () => {
  const two = new Map([...sources, ['t', { kind: 'article', passages: [{ n: 4, text: 'The board wrote to the ferry company on Monday.' }] }]]);
  const [p] = checkQuotes([claim('s', 'The board wrote to the ferry company')], two).problems;
  assert.equal(p!.field, 'evidence[0].quote');
  assert.equal(p!.message, 'quote not found in sources/s, but it is word for word in sources/t (¶4)');
  assert.equal(p!.fix, 'if that is the article you quote, write source: t; the attribution may change with it');
});
