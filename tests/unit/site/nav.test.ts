import { test } from 'node:test';
import assert from 'node:assert/strict';
import { activeNav, moreNav, NAV, pageTitle } from '../../../src/lib/site/nav.ts';

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

test('the footer links to the glossary only when the story defines terms', () => {
  assert.ok(moreNav({ terms: 3 }).some((i) => i.label === 'Glossary'));
  assert.ok(!moreNav({ terms: 0 }).some((i) => i.label === 'Glossary'));
  assert.equal(moreNav({ terms: 0 }).length, moreNav({ terms: 3 }).length - 1);
});
