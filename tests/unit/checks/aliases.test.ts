import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkAliases } from '../../../src/lib/checks/aliases.ts';
import { aliasMap } from '../../../src/lib/content/aliases.ts';

const claim = (id: string, aliases: string[]) => ({ id, filePath: `content/claims/${id}.yaml`, data: { aliases } });

test('an alias may not be a live id (its own included) or belong to two claims', () => {
  const problems = checkAliases([claim('a', ['b', 'a', 'old']), claim('b', ['old'])]);
  assert.deepEqual(
    problems.map((p) => `${p.file} → ${p.field}: ${p.message}`),
    [
      'content/claims/a.yaml → aliases[0]: alias "b" is the id of a live claim, so /claims/b/ cannot also redirect',
      'content/claims/a.yaml → aliases[1]: alias "a" is the id of a live claim (this one), so /claims/a/ cannot also redirect',
      'content/claims/b.yaml → aliases[0]: alias "old" is already an alias of "a"',
    ],
  );
  assert.equal(problems[1]!.fix, 'remove it: a claim does not need its own id as an alias');
});

test('aliasMap sends each old id to its claim', () => {
  assert.deepEqual(
    [...aliasMap([claim('a', ['x', 'y']), claim('b', [])])],
    [
      ['x', 'a'],
      ['y', 'a'],
    ],
  );
});
