import { test } from 'node:test';
import assert from 'node:assert/strict';
import { groupByYear } from '../../../src/lib/views/timeline.ts';
import { parseFuzzyDate } from '../../../src/lib/content/dates.ts';

const ev = (id: string, when: string, order = 0) => ({ id, data: { when: parseFuzzyDate(when), order, title: id } });

test('events of mixed precision group by year, background first, in reading order', () => {
  const groups = groupByYear([
    ev('verge', '2021-04-15'),
    ev('talks', 'as of 2021-04-15'),
    ev('ac', '2021-04', 2),
    ev('wsj', '2021-04', 1),
    ev('refuse', 'before 2021-04', 3),
    ev('ask', 'before 2021-04', 1),
    ev('basics', '2020'),
    ev('antitrust', 'undated'),
  ]);
  assert.deepEqual(
    groups.map((g) => g.label),
    ['Background, undated', '2020', '2021'],
  );
  assert.deepEqual(
    groups[2]!.events.map((e) => e.id),
    ['ask', 'refuse', 'wsj', 'ac', 'verge', 'talks'],
  );
});
