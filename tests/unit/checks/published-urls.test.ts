import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkLockedUrls } from '../../../src/lib/checks/published-urls.ts';

test('a locked URL the build did not write fails; a claim names the alias fix', () => {
  const problems = checkLockedUrls(
    ['/', '/claims/old/', '/actors/gone/', '/timeline/#event-x'],
    new Set(['/', '/timeline/#event-x']),
    'content/published-urls.txt',
  );
  assert.deepEqual(
    problems.map((p) => `${p.field} | ${p.fix}`),
    ['/claims/old/ | add "old" to the aliases of the claim that replaced it', '/actors/gone/ | restore the page, or keep its id'],
  );
  assert.equal(problems[0]!.file, 'content/published-urls.txt');
});
