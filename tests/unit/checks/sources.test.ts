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
    (name) => (name === 'here.txt' ? 'Text' : undefined),
  );
  assert.deepEqual(
    problems.map((p) => `${p.file}:${p.field}`),
    ['content/sources/a:body', 'content/sources/b:kind', 'content/sources/c:seedFile'],
  );
  assert.match(problems[0]!.fix, /npm run import/);
});

test('every paragraph of an archived article is word for word in its seed; one an editor added or changed is refused', () => {
  const seed = 'Ecobee said no.\n\nIt cited “privacy”  concerns.\n\n0 Comments';
  const check = (...texts: string[]) =>
    checkSources(
      [{ id: 'v', data: { kind: 'article', seedFile: 'v.txt' }, body: texts.join('\n\n') }],
      () => seed,
      new Map([['v', texts.map((text, i) => ({ n: i + 1, text }))]]),
    );
  // Quotes and spacing may differ, and the importer leaves lines out.
  assert.deepEqual(check('Ecobee said no.', 'It cited "privacy" concerns.'), []);
  const [added] = check('Ecobee said no.', 'Update: Amazon replied.');
  assert.equal(added!.field, 'body, paragraph 2');
  assert.match(added!.message, /is not in the article as archived \(content\/seeds\/v\.txt\): "Update: Amazon replied\."/);
});
