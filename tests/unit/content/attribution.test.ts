import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionChain } from '../../../src/lib/content/attribution.ts';

test('attribution chains read as a sentence', () => {
  assert.equal(
    attributionChain('Android Central', [
      { name: 'The Wall Street Journal', as: 'citing' },
      { name: 'Jack Evans', title: 'Amazon spokesman', as: 'quoting' },
    ]),
    'Android Central, citing The Wall Street Journal, quoting Amazon spokesman Jack Evans',
  );
  assert.equal(attributionChain('The Verge', []), 'The Verge');
});
