import { test } from 'node:test';
import assert from 'node:assert/strict';
import { continuesLine, isHeadingLike, splitRawBlocks, takeLeadingDate } from '../../../../src/lib/content/archive/raw-blocks.ts';

test('a leading date is taken whether it sits on its own line or before the text', () => {
  assert.deepEqual(takeLeadingDate('date 2021-04-15\nText'), { date: '2021-04-15', token: 'date 2021-04-15', rest: 'Text' });
  assert.deepEqual(takeLeadingDate(' date 2021-04-15 Text'), { date: '2021-04-15', token: 'date 2021-04-15', rest: 'Text' });
  assert.deepEqual(takeLeadingDate('Updated date 2021-04-15 Text').date, undefined);
});

test('heading-like lines: short, no closing punctuation, something follows', () => {
  assert.ok(isHeadingLike('What you need to know', true));
  assert.ok(!isHeadingLike('What you need to know', false));
  assert.ok(!isHeadingLike('Amazon declined to comment.', true));
  assert.ok(!isHeadingLike('a lowercase fragment', true));
});

test('blank-line texts join hard-wrapped lines into one paragraph', () => {
  const blocks = splitRawBlocks('First line\ncontinues here.\n\nSecond paragraph.');
  assert.deepEqual(blocks, [
    { type: 'paragraph', text: 'First line continues here.' },
    { type: 'paragraph', text: 'Second paragraph.' },
  ]);
  const wrapped = 'Amazon leveraged its dominance to put pressure on Canadian smart\nthermostat maker Ecobee to share data from its devices.\n\nNext.';
  assert.deepEqual(splitRawBlocks(wrapped)[0], { type: 'paragraph', text: wrapped.split('\n\n')[0]!.replace('\n', ' ') });
});

test('two lines of a blank-line text stay apart when the first ends a sentence or is a short line of its own', () => {
  // A browser's copy puts a caption, a credit or a one-line paragraph on a line of its own.
  assert.ok(!continuesLine('The quay at dawn.', 'Photo: Jane Roe'));
  assert.ok(!continuesLine('Photo: Jane Roe / Harbour Post', 'The board met on Tuesday.'));
  assert.ok(continuesLine('The board met on Tuesday and', 'agreed to wait.'));
  assert.ok(!continuesLine('A line of text that goes on long enough to be wrapped', '- a list item'));
  const blocks = splitRawBlocks('The quay at dawn.\nPhoto: Jane Roe\n\nThe board met on Tuesday.');
  assert.deepEqual(
    blocks.map((b) => b.type === 'paragraph' && b.text),
    ['The quay at dawn.', 'Photo: Jane Roe', 'The board met on Tuesday.'],
  );
});

test('blank lines at the start or end do not make a one-paragraph-a-line text read as wrapped', () => {
  const blocks = splitRawBlocks('\n\nFirst paragraph, which is one line and no more than that line.\nSecond paragraph, which follows it on the very next line.\n\n');
  assert.equal(blocks.length, 2);
});
