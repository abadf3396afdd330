import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toYaml } from '../../src/lib/yaml.ts';
import { compareSources } from '../../src/lib/source-order.ts';
import { parseFuzzyDate } from '../../src/lib/dates.ts';

test('frontmatter YAML quotes every string and nests objects and lists', () => {
  assert.equal(
    toYaml({ title: 'Yes: no', n: 2, ok: true, cites: ['a'], none: [], published: { date: '2021-04', basis: 'b' }, skip: undefined }),
    'title: "Yes: no"\nn: 2\nok: true\ncites:\n  - "a"\nnone: []\npublished:\n  date: "2021-04"\n  basis: "b"\n',
  );
});

test('lists of objects nest under their dash', () => {
  assert.equal(toYaml({ evidence: [{ source: 's', quote: 'q' }], n: [1] }), 'evidence:\n  - source: "s"\n    quote: "q"\nn:\n  - 1\n');
});

test('sources order: articles before cited reports, then by date', () => {
  const s = (id: string, kind: string, date: string) => ({ id, data: { kind, title: id, published: parseFuzzyDate(date) } });
  const sorted = [s('wsj', 'cited-report', '2021-04'), s('verge', 'article', '2021-04-15'), s('ac', 'article', '2021-04')].sort(compareSources);
  assert.deepEqual(sorted.map((x) => x.id), ['ac', 'verge', 'wsj']);
});
