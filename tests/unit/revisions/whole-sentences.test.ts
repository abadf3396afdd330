// The sentences of an explainer about the sources as a whole, on sentences
// written blind to the detector (npm run measure:whole): both halves, the
// held-out one only counted.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { aboutSourcesAsWhole } from '../../../src/lib/revisions/whole-sentences.ts';
import { scoreWhole } from '../../../scripts/lib/whole-eval.ts';

test('the sentences that went false when a third source arrived are found; sentences about one source or party are not', () => {
  for (const s of [
    'Neither gives a date.',
    'Nothing in the sources dates Amazon’s request.',
    'This page is built from two articles.',
    'It is not known when Amazon asked.',
  ])
    assert.ok(aboutSourcesAsWhole(s), s);
  for (const s of [
    'The Verge says regulators may step in.',
    'Both companies declined to comment.',
    'The Echo reports that the council will save money.',
    'Amazon did not know whether Ecobee would agree.',
  ])
    assert.ok(!aboutSourcesAsWhole(s), s);
});

test('on the blind cases: recall and precision at least 0.95 on the tune half, 0.9 held out', () => {
  const tune = scoreWhole('tune');
  assert.ok(tune.recall >= 0.95 && tune.precision >= 0.95, tune.errors.join('\n'));
  const held = scoreWhole('holdout');
  assert.ok(held.recall >= 0.9 && held.precision >= 0.9, `held out: recall ${held.recall}, precision ${held.precision}`);
});
