import { test } from 'node:test';
import assert from 'node:assert/strict';
import { groupByYear } from '../../src/lib/timeline.ts';
import { parseFuzzyDate } from '../../src/lib/dates.ts';
import { claimOrder, findRefs } from '../../src/lib/explainer-refs.ts';

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
  assert.deepEqual(groups.map((g) => g.label), ['Background, undated', '2020', '2021']);
  assert.deepEqual(groups[2]!.events.map((e) => e.id), ['ask', 'refuse', 'wsj', 'ac', 'verge', 'talks']);
});

test('explainer references are found with their lines, claims in order of first mention', () => {
  const body = 'Intro <Claim id="b">x</Claim>\n<Term id="t">t</Term> and <Claim id="a" card />\n<Cite source="s" p={2} /> <Claim id="b">again</Claim>\n<Diagram id="d" />';
  const refs = findRefs(body);
  assert.deepEqual(refs.map((r) => `${r.kind}:${r.id}@${r.line}`), ['claim:b@1', 'term:t@2', 'claim:a@2', 'source:s@3', 'claim:b@3', 'diagram:d@4']);
  assert.deepEqual(claimOrder(refs), ['b', 'a']);
});
