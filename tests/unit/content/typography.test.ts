import { test } from 'node:test';
import assert from 'node:assert/strict';
import { smartQuotes } from '../../../src/lib/content/typography.ts';

test('straight quotes become typographic, apostrophes included', () => {
  assert.equal(smartQuotes(`Ecobee's data is called "proactive state" data.`), 'Ecobee’s data is called “proactive state” data.');
  assert.equal(smartQuotes(`'Last year' means 2020.`), '‘Last year’ means 2020.');
  assert.equal(smartQuotes('"Is said to": the article'), '“Is said to”: the article');
});
