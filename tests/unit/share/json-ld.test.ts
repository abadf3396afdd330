import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimJsonLd } from '../../../src/lib/share/json-ld.ts';
import { parseFuzzyDate } from '../../../src/lib/content/dates.ts';

test('JSON-LD: a Claim with its appearances, the earliest first', () => {
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

test('firstAppearance when the dates settle it', () => {
  const a = (title: string, d: string) => ({ title, publisher: 'P', published: parseFuzzyDate(d), archivedUrl: `https://e.org/${title}/` });
  assert.equal(claimJsonLd({ statement: 'S.', url: 'u', appearances: [a('late', '2021-04-15'), a('early', '2021-03')] }).firstAppearance?.headline, 'early');
  assert.equal(claimJsonLd({ statement: 'S.', url: 'u', appearances: [a('only', '2021-04')] }).firstAppearance?.headline, 'only');
});
