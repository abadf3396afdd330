import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isKebabId, slugify, meantId } from '../../../src/lib/content/ids.ts';

test('ids are lowercase kebab-case; any text slugifies to one', () => {
  assert.ok(isKebabId('amazon-basics-2020'));
  assert.ok(!isKebabId('Amazon') && !isKebabId('a--b') && !isKebabId('-a'));
  assert.equal(slugify('The Wall Street Journal’s “report”'), 'the-wall-street-journal-s-report');
});

test('the id an unknown one meant: one a slip or two away, or one whose words hold its words; none when two fit as well', () => {
  assert.equal(meantId('amazn', ['amazon', 'ecobee']), 'amazon');
  assert.equal(meantId('the-votes', ['the-vote', 'the-roof']), 'the-vote');
  assert.equal(meantId('fenmoor-council', ['fenmoor-town-council', 'fenmoor-post']), 'fenmoor-town-council');
  assert.equal(meantId('cat', ['bat', 'hat']), undefined, 'two as close: neither is named');
  assert.equal(meantId('zeppelin', ['amazon', 'ecobee']), undefined);
});
