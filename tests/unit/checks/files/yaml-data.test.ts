import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readYamlData } from '../../../../src/lib/checks/files/yaml-data.ts';

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
