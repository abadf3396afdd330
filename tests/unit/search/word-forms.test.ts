import { test } from 'node:test';
import assert from 'node:assert/strict';
import { familyOf, formatForms, otherForms, parseForms } from '../../../src/lib/search/word-forms.ts';
import { wordnet } from '../../../src/data/search/lexicon.ts';

test("a word's family holds its lemmas and what WordNet derives from them, and the -en verbs' roots WordNet does not link", () => {
  const refused = familyOf('refused', wordnet());
  for (const w of ['refuse|v', 'refusal|n']) assert.ok(refused.has(w), `${w} in ${[...refused].join(' ')}`);
  assert.ok(familyOf('threatened', wordnet()).has('threat|n'));
  assert.ok(familyOf('negotiating', wordnet()).has('negotiation|n'));
  // A root too short to be a word of its own is not taken ("open" is not op + en).
  assert.ok(![...familyOf('opened', wordnet())].some((k) => k.startsWith('op|')));
});

test('English forms of the sources’ words map to the word the sources print: inflections, derivations, irregular plurals', () => {
  const site = ['refused', 'threatening', 'spokesman', 'customers', 'negotiating'];
  const english = ['refusal', 'refusals', 'refuses', 'threat', 'threats', 'spokesmen', 'customer', 'negotiation', 'negotiations', 'xylophone', 'customers'];
  const forms = otherForms(site, english, wordnet());
  assert.deepEqual(Object.fromEntries(forms), {
    refusal: 'refused',
    refusals: 'refused',
    refuses: 'refused',
    threat: 'threatening',
    threats: 'threatening',
    spokesmen: 'spokesman',
    customer: 'customers',
    negotiation: 'negotiating',
    negotiations: 'negotiating',
  });
});

test('a form shares a family only in its own part of speech: "founded" (to found) is no form of "found" (to find)', () => {
  const forms = otherForms(['found', 'finding'], ['founded', 'founding', 'finds', 'find'], wordnet());
  assert.equal(forms.get('founded'), undefined);
  assert.equal(forms.get('founding'), undefined);
  assert.equal(forms.get('finds'), 'found');
});

test('a word the sources print maps to another of its family, so a page that shows it less still leads to one that prints it', () => {
  const forms = otherForms(['competing', 'competition'], ['competition', 'competitor'], wordnet());
  assert.equal(forms.get('competition'), 'competing');
  assert.equal(forms.get('competitor'), 'competing');
});

test('the vocabulary field round-trips, and a missing field is no forms', () => {
  const forms = new Map([
    ['refusal', 'refused'],
    ['threat', 'threatening'],
  ]);
  assert.deepEqual(parseForms(formatForms(forms)), forms);
  assert.equal(parseForms(undefined).size, 0);
});

test('an adverb or adjective maps to the word it pertains to, a link WordNet gives one way only', () => {
  const forms = otherForms(['full', 'specific', 'privacy'], ['fully', 'specifically', 'fullness', 'xylophone'], wordnet());
  assert.equal(forms.get('fully'), 'full');
  assert.equal(forms.get('specifically'), 'specific');
  assert.equal(forms.get('xylophone'), undefined);
  // A pertainym of meaning, not of form, is no form: "legal" is not the sources' "law".
  assert.equal(otherForms(['law', 'moon'], ['legal', 'lunar'], wordnet()).size, 0);
});
