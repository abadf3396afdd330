import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkReferences, findDataRefs } from '../../../src/lib/checks/references.ts';
import { ref } from './fixture.ts';

test('finds references at any depth, with their field path; plain values are not references', () => {
  const data = { publisher: ref('actors', 'a'), evidence: [{ source: ref('sources', 's'), quote: 'q' }], note: 'x', when: new Date(0) };
  assert.deepEqual(findDataRefs(data), [
    { field: 'publisher', ref: ref('actors', 'a') },
    { field: 'evidence[0].source', ref: ref('sources', 's') },
  ]);
});

test('a dangling reference names the file, the field and the file to add; good ones pass', () => {
  const problems = checkReferences({
    actors: [{ id: 'amazon', data: {} }],
    claims: [{ id: 'c1', filePath: 'content/claims/c1.yaml', data: { actors: [ref('actors', 'amazon'), ref('actors', 'amazonn')] } }],
  });
  assert.deepEqual(problems, [
    {
      file: 'content/claims/c1.yaml',
      field: 'actors[1]',
      message: 'no actors entry has the id "amazonn"',
      fix: 'write "amazon" if that is the one meant, or add content/actors/amazonn.yaml',
    },
  ]);
});

test('an unknown id names the one it most likely meant, else the ids there are when they are few', () => {
  const actors = ['fenmoor-town-council', 'wold-herald', 'fenmoor-post'].map((id) => ({ id, data: {} }));
  const fixFor = (id: string, corpus = { actors }) => checkReferences({ ...corpus, claims: [{ id: 'c', data: { actors: [ref('actors', id)] } }] })[0]!.fix;
  assert.equal(fixFor('fenmoor-council'), 'write "fenmoor-town-council" if that is the one meant, or add content/actors/fenmoor-council.yaml');
  assert.equal(fixFor('wold-herlad'), 'write "wold-herald" if that is the one meant, or add content/actors/wold-herlad.yaml');
  assert.equal(fixFor('library-trust'), 'use one of fenmoor-post, fenmoor-town-council, wold-herald, or add content/actors/library-trust.yaml');
  const many = Array.from({ length: 9 }, (_, i) => ({ id: `actor-${i}x`, data: {} }));
  assert.equal(fixFor('nobody', { actors: many }), 'correct the id, or add content/actors/nobody.yaml');
});

test('a missing source or explainer is an .mdx file to add', () => {
  const [p] = checkReferences({ sources: [], claims: [{ id: 'c', data: { evidence: [{ source: ref('sources', 'gone') }] } }] });
  assert.equal(p!.fix, 'correct the id, or add content/sources/gone.mdx');
  assert.equal(p!.file, 'content/claims/c', 'without a filePath the file is named from the collection and id');
});

test('ids that cannot be URLs are refused with the kebab-case name to use', () => {
  const [p] = checkReferences({ claims: [{ id: 'Bad_Id', filePath: 'content/claims/Bad_Id.yaml', data: {} }] });
  assert.equal(p!.field, 'id');
  assert.match(p!.fix, /rename the file to bad-id /);
});

test('a reference to an old claim id names the current one', () => {
  const [p] = checkReferences(
    { claims: [{ id: 'new', data: {} }], events: [{ id: 'e', data: { claims: [ref('claims', 'old')] } }] },
    new Map([['old', 'new']]),
  );
  assert.deepEqual(p, { file: 'content/events/e', field: 'claims[0]', message: '"old" is an old id of the claim now called "new"', fix: 'refer to "new"' });
});

test('an entry that refers to itself (a claim related to itself) is refused', () => {
  const problems = checkReferences({
    claims: [
      { id: 'c', filePath: 'content/claims/c.yaml', data: { related: [ref('claims', 'd'), ref('claims', 'c')] } },
      { id: 'd', data: {} },
    ],
  });
  assert.deepEqual(problems, [{ file: 'content/claims/c.yaml', field: 'related[1]', message: 'refers to its own entry "c"', fix: 'remove "c" from related' }]);
});

test('a list naming one entry twice is refused; two quotes from one source are not', () => {
  const problems = checkReferences({
    topics: [{ id: 't', data: {} }],
    sources: [{ id: 's', data: {} }],
    claims: [
      {
        id: 'c',
        filePath: 'content/claims/c.yaml',
        data: { topics: [ref('topics', 't'), ref('topics', 't')], evidence: [{ source: ref('sources', 's') }, { source: ref('sources', 's') }] },
      },
    ],
  });
  assert.deepEqual(problems, [
    { file: 'content/claims/c.yaml', field: 'topics[1]', message: 'lists "t" twice (also topics[0])', fix: 'remove one of them from topics' },
  ]);
});
