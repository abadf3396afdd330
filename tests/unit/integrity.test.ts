import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkIntegrity, checkSources, findRefs, formatProblems } from '../../src/lib/integrity.ts';

const ref = (collection: string, id: string) => ({ collection, id });

test('finds references at any depth, with their field path', () => {
  const data = { publisher: ref('actors', 'a'), evidence: [{ source: ref('sources', 's'), quote: 'q' }], note: 'x' };
  assert.deepEqual(findRefs(data), [
    { field: 'publisher', ref: ref('actors', 'a') },
    { field: 'evidence[0].source', ref: ref('sources', 's') },
  ]);
});

test('a dangling reference is reported with file, field and fix; good ones are not', () => {
  const problems = checkIntegrity({
    actors: [{ id: 'amazon', data: {} }],
    claims: [{ id: 'c1', filePath: 'content/claims/c1.yaml', data: { actors: [ref('actors', 'amazon'), ref('actors', 'amazonn')] } }],
  });
  assert.deepEqual(problems, [
    { file: 'content/claims/c1.yaml', field: 'actors[1]', message: 'no actors entry has the id "amazonn"', fix: 'correct the id, or add content/actors/amazonn.yaml' },
  ]);
  assert.match(formatProblems(problems), /content\/claims\/c1\.yaml → actors\[1\]: no actors entry has the id "amazonn"\.\n    Fix: correct the id, or add content\/actors\/amazonn\.yaml\./);
});

test('ids that cannot be URLs are refused', () => {
  const [p] = checkIntegrity({ claims: [{ id: 'Bad_Id', filePath: 'content/claims/Bad_Id.yaml', data: {} }] });
  assert.equal(p!.field, 'id');
  assert.match(p!.fix, /rename the file to bad-id/);
});

test('articles need text, cited reports have none, seed files must exist', () => {
  const problems = checkSources(
    [
      { id: 'a', data: { kind: 'article' }, body: '  ' },
      { id: 'b', data: { kind: 'cited-report' }, body: 'Some text' },
      { id: 'c', data: { kind: 'article', seedFile: 'gone.txt' }, body: 'Text' },
      { id: 'd', data: { kind: 'article', seedFile: 'here.txt' }, body: 'Text' },
    ],
    (name) => name === 'here.txt',
  );
  assert.deepEqual(problems.map((p) => `${p.file}:${p.field}`), ['content/sources/a:body', 'content/sources/b:kind', 'content/sources/c:seedFile']);
});

test('two files with one id are refused', async () => {
  const { checkDuplicateIds } = await import('../../src/lib/integrity.ts');
  const [p] = checkDuplicateIds({ claims: ['a.yaml', 'a.json', 'b.yaml'], events: ['a.yaml'] });
  assert.deepEqual(p, { file: 'content/claims/a.yaml and content/claims/a.json', field: 'id', message: '2 files give the id "a"', fix: 'keep one file per id (rename or remove the others)' });
});
