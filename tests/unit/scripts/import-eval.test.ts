// The importer's figures on the cases written blind to it (npm run measure:import)
// may not fall: above all, no article line or passage may be lost. Failures name
// the tune half's mistakes only; the held-out half's are counted.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scorePages, scorePasted } from '../../../scripts/lib/import-eval.ts';

test('pasted texts: furniture left out, article lines kept, on both halves', () => {
  const tune = scorePasted('tune');
  assert.equal(tune.articleLost, 0, tune.errors.join('\n'));
  assert.ok(tune.found / tune.furniture >= 0.98, tune.errors.join('\n'));
  const held = scorePasted('holdout');
  assert.ok(held.articleLost <= 1, `held-out article lines lost: ${held.articleLost}`);
  assert.ok(held.found / held.furniture >= 0.9, `held-out furniture left out: ${held.found}/${held.furniture}`);
});

test('saved pages: every passage of the article kept, and the page’s own facts read', () => {
  const tune = scorePages('tune');
  assert.equal(tune.exact, tune.pages, tune.errors.join('\n'));
  const held = scorePages('holdout');
  assert.equal(held.lost, 0, `held-out passages lost: ${held.lost}`);
  assert.ok(held.exact >= held.pages - 1, `held-out pages exact: ${held.exact}/${held.pages}`);
  for (const [field, n] of Object.entries(held.fields)) assert.equal(n, held.pages, `held-out ${field}: ${n}/${held.pages}`);
});
