import { test } from 'node:test';
import assert from 'node:assert/strict';
import { asksNamesOf } from '../../../src/lib/search/unnamed.ts';
import { givesFigure } from '../../../src/lib/search/figures.ts';
import type { ActorNames } from '../../../src/lib/search/intent.ts';

/** The actors of the first claim shown: the unnamed group among them. */
const LEADS = ['acme', 'other-sellers'];

const actors: ActorNames[] = [
  { id: 'acme', phrases: ['acme', 'acme corp'] },
  { id: 'other-sellers', phrases: ['other sellers', 'other companies', 'other smart home companies'], unnamed: true },
];

test('a question that asks which members of an unnamed group there are names the group as the question does', () => {
  assert.deepEqual(asksNamesOf('Which other companies did Acme ask?', actors, LEADS), { phrase: 'other companies', kind: 'names' });
  assert.deepEqual(asksNamesOf('what other sellers were asked', actors, LEADS), { phrase: 'other sellers', kind: 'names' });
  assert.deepEqual(asksNamesOf('who are the other companies', actors, LEADS), { phrase: 'other companies', kind: 'names' });
  assert.deepEqual(asksNamesOf('names of the other sellers acme pressed', actors, LEADS), { phrase: 'other sellers', kind: 'names' });
  assert.deepEqual(asksNamesOf('what are the names of the other companies', actors, LEADS), { phrase: 'other companies', kind: 'names' });
  // The longest of its names the question uses.
  assert.deepEqual(asksNamesOf('which other smart home companies', actors, LEADS), { phrase: 'other smart home companies', kind: 'names' });
});

test('asking whether, naming a group that is named, or the group elsewhere in the question asks for no names', () => {
  assert.equal(asksNamesOf('did acme ask other companies too', actors, LEADS), undefined);
  assert.equal(asksNamesOf('which acme corp products', actors, LEADS), undefined);
  assert.equal(asksNamesOf('what did acme ask the other companies', actors, LEADS), undefined);
  assert.equal(asksNamesOf('other companies', actors, LEADS), undefined);
  // A group not marked unnamed: its members may be named somewhere.
  assert.equal(asksNamesOf('which other companies', [{ ...actors[1]!, unnamed: undefined }], LEADS), undefined);
});

test('the group must lead the results: a question its claims do not answer first may be answered by a group the sources name', () => {
  assert.equal(asksNamesOf('which other companies did acme negotiate with', actors, ['acme']), undefined);
  assert.equal(asksNamesOf('which other companies did acme negotiate with', actors, []), undefined);
});

test('no result gives the names of an unnamed group', () => {
  assert.equal(givesFigure({ phrase: 'other companies', kind: 'names' }, 'Acme asked Beta Corp and Gamma Inc.'), false);
});
