import { test } from 'node:test';
import assert from 'node:assert/strict';
import { leftOutSummary, listInWords } from '../../../src/lib/views/source-view.ts';

test('what a copy left out is counted by kind, in the order the page had them', () => {
  assert.equal(leftOutSummary([{ kind: 'comment-counter' }]), 'a comment counter');
  assert.equal(
    leftOutSummary([{ kind: 'date-line' }, { kind: 'credit' }, { kind: 'advertising' }, { kind: 'credit' }]),
    'a date line, two photo credits and an advertising notice',
  );
  assert.equal(leftOutSummary([{ kind: 'headline' }, { kind: 'headline' }]), 'two copies of the headline');
  assert.equal(leftOutSummary([]), '');
});

test('lists read as a sentence', () => {
  assert.equal(listInWords(['a']), 'a');
  assert.equal(listInWords(['a', 'b']), 'a and b');
  assert.equal(listInWords(['a', 'b', 'c']), 'a, b and c');
});
