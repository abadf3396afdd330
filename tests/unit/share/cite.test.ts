import { test } from 'node:test';
import assert from 'node:assert/strict';
import { citeBibtex, citePlain, bibEscape } from '../../../src/lib/share/cite.ts';

test('citations name the claim, its sources and its permalink; BibTeX is escaped', () => {
  const input = {
    site: { name: 'Harbour Ledger', key: 'harbourledger' },
    id: 'x',
    statement: 'Amazon & Ecobee: 100% {sure}',
    url: 'https://e.org/claims/x/',
    basedOn: ['The Verge, 15 April 2021', 'Android Central, April 2021'],
  };
  assert.equal(
    citePlain(input),
    'Harbour Ledger. “Amazon & Ecobee: 100% {sure}” Claim x, based on The Verge, 15 April 2021; Android Central, April 2021. https://e.org/claims/x/',
  );
  const bib = citeBibtex(input);
  assert.match(bib, /^@misc\{harbourledger:x,$/m);
  assert.match(bib, /title = \{\{Amazon \\& Ecobee: 100\\% \\\{sure\\\}\}\},/);
  assert.match(bib, /howpublished = \{\\url\{https:\/\/e\.org\/claims\/x\/\}\},/);
  assert.equal(bibEscape('a_b#c'), 'a\\_b\\#c');
});
