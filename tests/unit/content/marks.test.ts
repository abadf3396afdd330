import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segmentPassage, sentences, uncoveredSentences } from '../../../src/lib/content/marks.ts';

test('overlapping quotes become segments that list every claim', () => {
  const segs = segmentPassage('abcdefghij', [
    { start: 2, end: 6, claim: 'x' },
    { start: 4, end: 8, claim: 'y' },
  ]);
  assert.deepEqual(segs, [
    { text: 'ab', claims: [] },
    { text: 'cd', claims: ['x'] },
    { text: 'ef', claims: ['x', 'y'] },
    { text: 'gh', claims: ['y'] },
    { text: 'ij', claims: [] },
  ]);
});

test('sentences split at end punctuation, keeping closing quotes', () => {
  const text = 'He said it was “fine.” Then he left. “Why?” she asked.';
  assert.deepEqual(
    sentences(text).map((s) => s.text),
    ['He said it was “fine.”', 'Then he left.', '“Why?” she asked.'],
  );
  assert.deepEqual(
    uncoveredSentences(text, [{ start: 0, end: 5 }]).map((s) => s.text),
    ['Then he left.', '“Why?” she asked.'],
  );
});

test('an abbreviation or an initial before a capital ends no sentence; a full stop before the next sentence does', () => {
  assert.deepEqual(
    sentences("Ecobee's chief, Mr. Jones, refused. U.S. regulators asked J. Evans of Acme Inc. to act. It rose 3.5 per cent in Q1. Then it fell.").map(
      (s) => s.text,
    ),
    ["Ecobee's chief, Mr. Jones, refused.", 'U.S. regulators asked J. Evans of Acme Inc. to act.', 'It rose 3.5 per cent in Q1.', 'Then it fell.'],
  );
  // Offsets still index the text.
  const text = 'Dr. Lee spoke.  Then Sen. Warren did.';
  assert.deepEqual(
    sentences(text).map((s) => text.slice(s.start, s.end)),
    ['Dr. Lee spoke.', 'Then Sen. Warren did.'],
  );
});
