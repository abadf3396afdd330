import { test } from 'node:test';
import assert from 'node:assert/strict';
import { asksNamesOf } from '../../../src/lib/search/unnamed.ts';
import { givesFigure } from '../../../src/lib/search/figures.ts';
import type { ActorNames } from '../../../src/lib/search/intent.ts';

const actors: ActorNames[] = [
  { id: 'acme', phrases: ['acme', 'acme corp'] },
  { id: 'other-sellers', phrases: ['other sellers', 'other companies', 'other smart home companies'], unnamed: true },
];

test('a question that asks which members of an unnamed group there are names the group as the question does', () => {
  assert.deepEqual(asksNamesOf('Which other companies did Acme ask?', actors), { phrase: 'other companies', kind: 'names', actor: 'other-sellers' });
  assert.deepEqual(asksNamesOf('what other sellers were asked', actors), { phrase: 'other sellers', kind: 'names', actor: 'other-sellers' });
  assert.deepEqual(asksNamesOf('who are the other companies', actors), { phrase: 'other companies', kind: 'names', actor: 'other-sellers' });
  assert.deepEqual(asksNamesOf('names of the other sellers acme pressed', actors), { phrase: 'other sellers', kind: 'names', actor: 'other-sellers' });
  assert.deepEqual(asksNamesOf('what are the names of the other companies', actors), { phrase: 'other companies', kind: 'names', actor: 'other-sellers' });
  // The longest of its names the question uses.
  assert.deepEqual(asksNamesOf('which other smart home companies', actors), { phrase: 'other smart home companies', kind: 'names', actor: 'other-sellers' });
});

test('asking whether, naming a group that is named, or the group elsewhere in the question asks for no names', () => {
  assert.equal(asksNamesOf('did acme ask other companies too', actors), undefined);
  assert.equal(asksNamesOf('which acme corp products', actors), undefined);
  assert.equal(asksNamesOf('what did acme ask the other companies', actors), undefined);
  assert.equal(asksNamesOf('other companies', actors), undefined);
  // A group not marked unnamed: its members may be named somewhere.
  assert.equal(asksNamesOf('which other companies', [{ ...actors[1]!, unnamed: undefined }]), undefined);
});

test('no result gives the names of an unnamed group', () => {
  assert.equal(givesFigure({ phrase: 'other companies', kind: 'names' }, 'Acme asked Beta Corp and Gamma Inc.'), false);
});
