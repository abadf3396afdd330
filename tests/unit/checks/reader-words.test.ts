import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkReaderWords } from '../../../src/lib/checks/reader-words.ts';
import { checkContent } from '../../../src/lib/checks/content.ts';
import { fixture } from './fixture.ts';

const actor = (id: string, name: string, alsoKnownAs: string[]) => ({
  id,
  filePath: `content/actors/${id}.yaml`,
  collection: 'actors' as const,
  name,
  alsoKnownAs,
});
const term = (id: string, name: string, alsoKnownAs: string[]) => ({
  id,
  filePath: `content/glossary/${id}.yaml`,
  collection: 'glossary' as const,
  name,
  alsoKnownAs,
});

test('an alias shared by two entries names both files', () => {
  const problems = checkReaderWords([actor('board', 'Harbour Board', ['Port Authority']), term('port', 'Port fees', ['port  authority'])]);
  assert.equal(problems.length, 1);
  assert.equal(problems[0]!.file, 'content/glossary/port.yaml');
  assert.equal(problems[0]!.field, 'alsoKnownAs[0]');
  assert.match(problems[0]!.message, /content\/actors\/board\.yaml/);
});

test("an alias that is another entry's name, its own name, or listed twice is refused", () => {
  const problems = checkReaderWords([actor('board', 'Harbour Board', ['the gazette', 'harbour board', 'hb', 'HB']), actor('gazette', 'The Gazette', [])]);
  assert.deepEqual(
    problems.map((p) => `${p.field}: ${p.message}`),
    [
      'alsoKnownAs[0]: "the gazette" is the name of content/actors/gazette.yaml',
      'alsoKnownAs[1]: "harbour board" is this entry\'s own name',
      'alsoKnownAs[3]: "HB" is listed twice',
    ],
  );
});

test('checkContent runs the reader-word check over actors and glossary', () => {
  const { input, ctx } = fixture();
  assert.deepEqual(checkContent(input, ctx).problems, []);
  input.glossary[0]!.data.alsoKnownAs.push('Port Authority');
  const problems = checkContent(input, ctx).problems;
  assert.equal(problems.length, 1);
  assert.match(`${problems[0]!.file} ${problems[0]!.message}`, /content\/glossary\/timetable\.yaml .*content\/actors\/board\.yaml/);
});

test('a topic alias that is an actor alias is refused too', () => {
  const topic = {
    id: 'pressure',
    filePath: 'content/topics/pressure.yaml',
    collection: 'topics' as const,
    name: 'How the board pressed',
    alsoKnownAs: ['port authority'],
  };
  const problems = checkReaderWords([actor('board', 'Harbour Board', ['Port Authority']), topic]);
  assert.deepEqual(
    problems.map((p) => `${p.file} → ${p.field}`),
    ['content/topics/pressure.yaml → alsoKnownAs[0]'],
  );
});
