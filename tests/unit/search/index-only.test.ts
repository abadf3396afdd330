import { test } from 'node:test';
import assert from 'node:assert/strict';
import { stripIndexOnly } from '../../../src/lib/search/index-only.ts';

test('index-only words are taken out of the page; every other hidden span stays', () => {
  const html =
    '<header><h1>Ecobee refused.</h1><span hidden data-pagefind-weight="0.2" data-index-only>⁅declined · rejected⁆</span>' +
    '<span hidden data-pagefind-meta="status">Reported</span></header>';
  assert.equal(stripIndexOnly(html), '<header><h1>Ecobee refused.</h1><span hidden data-pagefind-meta="status">Reported</span></header>');
});
