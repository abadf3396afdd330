import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lineOfField, readYamlData } from '../../../../src/lib/checks/files/yaml-data.ts';

const problems = (text: string) => readYamlData(text).problems.map((p) => `${p.field}: ${p.message}`);

test('fields are read as Astro reads them: an unquoted day is a date, text stays text', () => {
  assert.deepEqual(readYamlData('name: A\npublished: 2021-04-15\nwhen: before 2021-04\n'), {
    data: { name: 'A', published: new Date('2021-04-15'), when: 'before 2021-04' },
    problems: [],
  });
  assert.deepEqual(readYamlData(''), { data: {}, problems: [] }, 'an empty file has no fields, for the schema to name');
});

test('a key written twice is refused at the second, also inside a list', () => {
  assert.deepEqual(problems('name: A\nkind: company\nname: B\n'), ['name: is written twice (again at line 3)']);
  assert.deepEqual(problems('evidence:\n  - source: a\n    quote: x\n    quote: y\n'), ['evidence[0].quote: is written twice (again at line 4)']);
});

test('a tab indenting a line is refused once, at its line', () => {
  assert.deepEqual(problems('name: A\n\tkind: company\nrole: x\n'), ['line 2: is not valid YAML: tabs are not allowed as indentation']);
  assert.deepEqual(problems('name: "a\tb"\n'), [], 'a tab inside a value is text');
});

test('a file that is a list or a single value is refused: content files are fields', () => {
  assert.deepEqual(problems('- a\n- b\n'), ['(the whole file): the file is a list, not fields']);
  assert.deepEqual(problems('just words\n'), ['(the whole file): the file is a single value, not fields']);
});

test('anchors, aliases and merge keys are refused once per file, before anything expands them', () => {
  const bomb = [
    'a: &a [x, x, x, x, x, x, x, x, x]',
    ...Array.from({ length: 8 }, (_, i) => `${'bcdefghi'[i]}: &${'bcdefghi'[i]} [${`*${'abcdefgh'[i]}, `.repeat(9).slice(0, -2)}]`),
  ].join('\n');
  assert.deepEqual(problems(bomb), ['a: uses &a, &b, *a, …: YAML anchors (&), aliases (*) and merge keys (<<) make one value stand for another']);
  assert.equal(problems('base: {x: 1}\nitem:\n  <<: {y: 2}\n').length, 1);
});

test('an invisible character is named with its field', () => {
  assert.deepEqual(problems('evidence:\n  - source: a\n    quote: "its customer\u200Bs trust"\n'), [
    'evidence[0].quote: holds an invisible character, U+200B ZERO WIDTH SPACE, at line 3, column 25 (after “…quote: \\"its customer”)'.replace('\\"', '"'),
  ]);
});

test('an unquoted day that does not exist is refused, not rolled over into the next month', () => {
  assert.deepEqual(problems('corrections:\n  - date: 2026-11-31\n'), ['corrections[0].date: "2026-11-31" is not a real day: November 2026 has 30 days']);
  assert.deepEqual(problems('date: 2023-02-29\n'), ['date: "2023-02-29" is not a real day: February 2023 has 28 days']);
  assert.deepEqual(problems('date: 2021-13-01\n'), ['date: "2021-13-01" is not a date: there is no month 13']);
  assert.deepEqual(problems('date: 2024-02-29\n'), [], 'a leap day');
});

test('words cut short by " #" are refused; a comment after a single word, as the claim template writes, is not', () => {
  assert.deepEqual(problems('summary: The Verge rates it the #1 read.\n'), [
    'summary: the text stops at "it the": a " #" starts a comment in YAML, so the rest of the line ("#1 read.") is left out',
  ]);
  assert.deepEqual(problems('status: reported # reported | statement\ntopics: [] # at least one\nsummary: "rates it the #1 read."\n'), []);
});

test('a line YAML cannot read gets the fix for what it holds: a colon in text, a quote mark inside quotes', () => {
  const fix = (text: string) => readYamlData(text).problems.map((p) => p.fix);
  assert.deepEqual(fix('statement: According to The Verge: Amazon asked.\n'), ['put the whole value in double quotes: ": " inside text starts another field']);
  assert.deepEqual(fix("quote: 'Amazon has it. It's not hard'\n"), [
    "inside single quotes write an apostrophe twice (it''s), or put the value in double quotes",
  ]);
  assert.deepEqual(fix('title: "An "odd" title"\n'), ['inside double quotes write a quote mark as \\" or as “ ”, or put the value in single quotes']);
});

test('an HTML entity in text is refused with the character to write; an ampersand in a name is text', () => {
  assert.deepEqual(problems('statement: Amazon &amp; Ecobee.\n'), [
    'statement: holds "&amp;", HTML\'s way of writing a character: text here is shown as written, so readers would see "&amp;"',
  ]);
  assert.deepEqual(readYamlData('title: "It&#39;s"\n').problems[0]!.fix, 'write "\'" instead');
  assert.deepEqual(problems('name: AT&T\n'), []);
});

test('a problem named by its field is found at its line, for the dev overlay to open', () => {
  const text = 'statement: S.\nactors: [ecobee, amazn]\nevidence:\n  - source: a\n    quote: "x y z"\n';
  assert.equal(lineOfField(text, 'actors[1]'), 2);
  assert.equal(lineOfField(text, 'evidence[0].quote'), 5);
  assert.equal(lineOfField(text, 'corrections[0].date'), undefined);
});
