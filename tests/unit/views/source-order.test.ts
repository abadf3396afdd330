import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareSources } from '../../../src/lib/views/source-order.ts';
import { parseFuzzyDate } from '../../../src/lib/content/dates.ts';

test('sources order: articles before cited reports, then by date', () => {
  const s = (id: string, kind: string, date: string) => ({ id, data: { kind, title: id, published: parseFuzzyDate(date) } });
  const sorted = [s('wsj', 'cited-report', '2021-04'), s('verge', 'article', '2021-04-15'), s('ac', 'article', '2021-04')].sort(compareSources);
  assert.deepEqual(
    sorted.map((x) => x.id),
    ['ac', 'verge', 'wsj'],
  );
});
