import { test } from 'node:test';
import assert from 'node:assert/strict';
import { activeNav, NAV, pageTitle } from '../../../src/lib/site/nav.ts';

test('the current section is the longest matching nav prefix', () => {
  assert.equal(activeNav(NAV, '/')?.label, 'Story');
  assert.equal(activeNav(NAV, '/sources/x/')?.label, 'Sources');
  assert.equal(activeNav(NAV, '/nowhere/'), undefined);
});

test('page titles', () => {
  const site = { name: 'Harbour Ledger', tagline: 'A ferry dispute, from its sources up' };
  assert.equal(pageTitle(site, 'Sources'), 'Sources — Harbour Ledger');
  assert.equal(pageTitle(site), 'Harbour Ledger: A ferry dispute, from its sources up');
});
