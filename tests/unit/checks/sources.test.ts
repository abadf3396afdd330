import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkSources } from '../../../src/lib/checks/sources.ts';

test('articles need text, cited reports have none, seed files must exist', () => {
  const problems = checkSources(
    [
      { id: 'a', data: { kind: 'article' }, body: '  ' },
      { id: 'b', data: { kind: 'cited-report' }, body: 'Some text' },
      { id: 'c', data: { kind: 'article', seedFile: 'gone.txt' }, body: 'Text' },
      { id: 'd', data: { kind: 'article', seedFile: 'here.txt' }, body: 'Text' },
      { id: 'e', data: { kind: 'cited-report' } },
    ],
    (name) => name === 'here.txt',
  );
  assert.deepEqual(
    problems.map((p) => `${p.file}:${p.field}`),
    ['content/sources/a:body', 'content/sources/b:kind', 'content/sources/c:seedFile'],
  );
  assert.match(problems[0]!.fix, /npm run import/);
});
