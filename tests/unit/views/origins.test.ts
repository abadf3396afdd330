import { test } from 'node:test';
import assert from 'node:assert/strict';
import { agreementNote, sharedOrigin } from '../../../src/lib/views/origins.ts';

test('sources that all cite one report share it as their origin', () => {
  assert.equal(sharedOrigin([{ cites: ['wire', 'report'] }, { cites: ['report'] }]), 'report');
  assert.equal(sharedOrigin([{ cites: ['report'] }, { cites: [] }]), undefined);
  assert.equal(sharedOrigin([{ cites: ['report'] }]), undefined, 'one source agrees with no one');
});

test('the note names the shared report’s publisher, or only counts the sources', () => {
  assert.equal(
    agreementNote(2, 'The Gazette'),
    'Both sources make this claim, word for word below. Both rely on the same report by The Gazette, so they agree as two accounts of it, not as independent confirmation.',
  );
  assert.equal(agreementNote(3, undefined), 'All 3 sources make this claim, word for word below.');
});
