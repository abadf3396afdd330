import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isKebabId, slugify } from '../../../src/lib/content/ids.ts';

test('ids are lowercase kebab-case; any text slugifies to one', () => {
  assert.ok(isKebabId('amazon-basics-2020'));
  assert.ok(!isKebabId('Amazon') && !isKebabId('a--b') && !isKebabId('-a'));
  assert.equal(slugify('The Wall Street Journal’s “report”'), 'the-wall-street-journal-s-report');
});
