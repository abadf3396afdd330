import { test } from 'node:test';
import assert from 'node:assert/strict';
import { proseWords, readingMinutes, storyInMinutes } from '../../../src/lib/views/reading-time.ts';

test('only the words a reader reads are counted: not tags, attributes or link targets', () => {
  assert.equal(proseWords('<Claim id="amazon-asked-for-data">Amazon asked</Claim> for [the data](/claims/x/), Ecobee’s **own** 3.5 per-cent.'), 9);
  assert.equal(proseWords('## Why it matters\n\n<KeyClaims />'), 3);
});

test('minutes are rounded up at 238 words a minute, and said as a newspaper writes them', () => {
  assert.equal(readingMinutes(''), 1);
  assert.equal(readingMinutes('word '.repeat(238)), 1);
  assert.equal(readingMinutes('word '.repeat(300)), 2);
  assert.equal(readingMinutes('word '.repeat(2500)), 11);
  assert.equal(storyInMinutes(1), 'The story in one minute');
  assert.equal(storyInMinutes(2), 'The story in two minutes');
  assert.equal(storyInMinutes(11), 'The story in 11 minutes');
});
