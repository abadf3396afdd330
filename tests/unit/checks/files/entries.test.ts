import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readEntries, type ContentFile } from '../../../../src/lib/checks/files/entries.ts';

const file = (collection: ContentFile['collection'], name: string, text: string): ContentFile => ({
  collection,
  name,
  path: `content/${collection}/${name}`,
  text,
  bytes: Buffer.byteLength(text),
});
const lines = (r: Awaited<ReturnType<typeof readEntries>>) => r.problems.map((p) => `${p.file} → ${p.field}: ${p.message}`);

test('a valid file becomes an entry as Astro makes it: id from the file name, references as { collection, id }', async () => {
  const r = await readEntries([file('actors', 'board.yaml', '\uFEFFname: Harbour Board\r\nkind: regulator\r\nrole: Runs the harbour.\r\n')]);
  assert.deepEqual(r.problems, []);
  assert.deepEqual(
    r.entries.actors.map((e) => [e.id, e.filePath, e.data.name]),
    [['board', 'content/actors/board.yaml', 'Harbour Board']],
  );
});

test("each file's problems are named with its path: bytes, YAML, MDX and the schema's fields", async () => {
  const r = await readEntries([
    file('actors', 'a.yaml', 'name: A\nkind: company\nname: B\n'),
    file('actors', 'b.yaml', 'name: B\nkind: nobody\nrole: x\n'),
    file('explainers', 'c.mdx', '---\ntitle: C\n---\n\nimport x from "y"\n'),
    file('claims', 'notes.txt', 'a note'),
  ]);
  assert.deepEqual(
    lines(r).map((l) => l.replace(/: .*$/, '')),
    ['content/actors/a.yaml → name', 'content/actors/b.yaml → kind', 'content/explainers/c.mdx → body, line 5', 'content/claims/notes.txt → file'],
  );
  assert.deepEqual(r.entries.actors, [], 'no entry is made of a file with a problem');
});

test("a frontmatter problem is named at the file's line", async () => {
  const r = await readEntries([file('sources', 's.mdx', '---\ntitle: S\n\tpublisher: P\n---\nText.\n')]);
  assert.deepEqual(lines(r), ['content/sources/s.mdx → line 3: is not valid YAML: tabs are not allowed as indentation']);
});
