import { test } from 'node:test';
import assert from 'node:assert/strict';
import { filtersFromSearch, matches, searchFromFilters, toggle, emptyFilters } from '../../src/lib/claim-filter.ts';
import { citeBibtex, citePlain, bibEscape } from '../../src/lib/cite.ts';
import { attributionChain, listNames } from '../../src/lib/attribution.ts';

const claim = { status: 'reported', actor: ['amazon', 'ecobee'], source: ['verge'] };

test('filters round-trip through the URL in a stable order', () => {
  const f = filtersFromSearch('?actor=ecobee&status=reported&actor=amazon&junk=1');
  assert.deepEqual(f, { status: ['reported'], actor: ['ecobee', 'amazon'], source: [] });
  assert.equal(searchFromFilters(f), '?status=reported&actor=amazon&actor=ecobee');
  assert.equal(searchFromFilters(emptyFilters()), '');
});

test('any value within a facet, every facet across', () => {
  assert.ok(matches(claim, emptyFilters()));
  assert.ok(matches(claim, filtersFromSearch('actor=amazon&actor=hbo')));
  assert.ok(!matches(claim, filtersFromSearch('actor=hbo')));
  assert.ok(!matches(claim, filtersFromSearch('actor=amazon&status=analysis')));
  assert.ok(matches(claim, filtersFromSearch('status=analysis&status=reported&source=verge')));
});

test('toggling adds and removes a value', () => {
  const on = toggle(emptyFilters(), 'status', 'context');
  assert.deepEqual(on.status, ['context']);
  assert.deepEqual(toggle(on, 'status', 'context').status, []);
});

test('citations name the claim, its sources and its permalink; BibTeX is escaped', () => {
  const input = { id: 'x', statement: 'Amazon & Ecobee: 100% {sure}', url: 'https://e.org/claims/x/', basedOn: ['The Verge, 15 April 2021', 'Android Central, April 2021'] };
  assert.equal(citePlain(input), 'Proactive State. “Amazon & Ecobee: 100% {sure}” Claim x, based on The Verge, 15 April 2021; Android Central, April 2021. https://e.org/claims/x/');
  const bib = citeBibtex(input);
  assert.match(bib, /^@misc\{proactivestate:x,$/m);
  assert.match(bib, /title = \{\{Amazon \\& Ecobee: 100\\% \\\{sure\\\}\}\},/);
  assert.match(bib, /howpublished = \{\\url\{https:\/\/e\.org\/claims\/x\/\}\},/);
  assert.equal(bibEscape('a_b#c'), 'a\\_b\\#c');
});

test('attribution chains read as a sentence', () => {
  assert.equal(
    attributionChain('Android Central', [
      { name: 'The Wall Street Journal', as: 'citing' },
      { name: 'Jack Evans', title: 'Amazon spokesman', as: 'quoting' },
    ]),
    'Android Central, citing The Wall Street Journal, quoting Amazon spokesman Jack Evans',
  );
  assert.equal(attributionChain('The Verge', []), 'The Verge');
  assert.equal(listNames(['A', 'B', 'A', 'C']), 'A, B and C');
});

test('JSON-LD: a Claim with its appearances, the earliest first', async () => {
  const { claimJsonLd } = await import('../../src/lib/json-ld.ts');
  const { parseFuzzyDate } = await import('../../src/lib/dates.ts');
  const ld = claimJsonLd({
    statement: 'S.',
    url: 'https://e.org/claims/s/',
    appearances: [
      { title: 'V', url: 'https://v.com/a', publisher: 'The Verge', published: parseFuzzyDate('2021-04-15'), archivedUrl: 'https://e.org/sources/v/' },
      { title: 'A', publisher: 'Android Central', published: parseFuzzyDate('2021-04'), archivedUrl: 'https://e.org/sources/a/' },
    ],
  });
  assert.equal(ld['@type'], 'Claim');
  assert.equal(ld.appearance.length, 2);
  assert.equal(ld.firstAppearance, undefined, 'April 2021 vs 15 April 2021: which came first is not known');
  assert.equal(ld.appearance[1]!.datePublished, '2021-04-15');
  assert.equal(ld.appearance[0]!.url, 'https://e.org/sources/a/');
  assert.equal(ld.appearance[1]!.archivedAt, 'https://e.org/sources/v/');
});

test('firstAppearance when the dates settle it', async () => {
  const { claimJsonLd } = await import('../../src/lib/json-ld.ts');
  const { parseFuzzyDate, certainlyEarliest } = await import('../../src/lib/dates.ts');
  const a = (title: string, d: string) => ({ title, publisher: 'P', published: parseFuzzyDate(d), archivedUrl: `https://e.org/${title}/` });
  assert.equal(claimJsonLd({ statement: 'S.', url: 'u', appearances: [a('late', '2021-04-15'), a('early', '2021-03')] }).firstAppearance?.headline, 'early');
  assert.equal(claimJsonLd({ statement: 'S.', url: 'u', appearances: [a('only', '2021-04')] }).firstAppearance?.headline, 'only');
  assert.equal(certainlyEarliest([parseFuzzyDate('2021-04'), parseFuzzyDate('2021-04-15')]), -1);
  assert.equal(certainlyEarliest([parseFuzzyDate('2021-04-15'), parseFuzzyDate('2021-04-15')]), 0);
});
