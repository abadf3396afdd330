import { test } from 'node:test';
import assert from 'node:assert/strict';
import { displayOrder, groupResults, toDisplay } from '../../src/lib/search-results.ts';

test('results group by type, claims first', () => {
  const raw = (type: string, url: string) => ({ url, excerpt: '', meta: { title: url }, filters: { type: [type] } });
  const shown = ['/timeline/#e', '/sources/s/#p-1', '/claims/c/', '/explainers/x/'].map((u, i) => toDisplay(raw(['event', 'source', 'claim', 'explainer'][i]!, u)));
  assert.deepEqual(groupResults(shown).map((g) => g.label), ['Claims', 'Source passages', 'Timeline', 'Explainers']);
  assert.deepEqual(displayOrder(shown).map((r) => r.url), ['/claims/c/', '/sources/s/#p-1', '/timeline/#e', '/explainers/x/']);
});
