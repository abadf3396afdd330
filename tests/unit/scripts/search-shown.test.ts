import { test } from 'node:test';
import assert from 'node:assert/strict';
import { searchQueryOf } from '../../../scripts/lib/search-shown.ts';

test('a search URL gives its query, under a base path too; any other page, or a search page without a query, none', () => {
  assert.equal(searchQueryOf('/search/?q=door+locks'), 'door locks');
  assert.equal(searchQueryOf('/explainer/search/?q=amazon%27s%20threat'), "amazon's threat");
  assert.equal(searchQueryOf('/search?q=x'), 'x');
  assert.equal(searchQueryOf('/search/'), undefined);
  assert.equal(searchQueryOf('/claims/?q=x'), undefined);
  assert.equal(searchQueryOf('/'), undefined);
});
