import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toYaml } from '../../../src/lib/content/yaml-writer.ts';

test('frontmatter YAML quotes every string and nests objects and lists', () => {
  assert.equal(
    toYaml({ title: 'Yes: no', n: 2, ok: true, cites: ['a'], none: [], published: { date: '2021-04', basis: 'b' }, skip: undefined }),
    'title: "Yes: no"\nn: 2\nok: true\ncites:\n  - "a"\nnone: []\npublished:\n  date: "2021-04"\n  basis: "b"\n',
  );
});

test('lists of objects nest under their dash', () => {
  assert.equal(toYaml({ evidence: [{ source: 's', quote: 'q' }], n: [1] }), 'evidence:\n  - source: "s"\n    quote: "q"\nn:\n  - 1\n');
});
