import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatProblems } from '../../../src/lib/content/problems.ts';
import { contentDir } from '../../../src/lib/content/root.ts';
import { inContentDir } from '../../../src/lib/content/problems.ts';

test('the content folder is named as the editor gave it: content, or the CONTENT_ROOT from the project root', () => {
  assert.equal(contentDir({}), 'content');
  assert.equal(contentDir({ CONTENT_ROOT: 'my-story/content' }), 'my-story/content');
});

test('under another content folder, files and fixes name that folder, not content/', () => {
  const report = formatProblems(
    [{ file: 'content/claims/x.yaml', field: 'topics[0]', message: 'no topics entry has the id "t"', fix: 'correct the id, or add content/topics/t.yaml' }],
    'my-story/content',
  );
  assert.match(report, /^ {2}my-story\/content\/claims\/x\.yaml → topics\[0\]/m);
  assert.match(report, /Fix: correct the id, or add my-story\/content\/topics\/t\.yaml\./);
  // A path that already names the folder, and words that merely end in "content", are left alone.
  assert.equal(inContentDir('my-story/content/claims/x.yaml (see content/claims/)', 'my-story/content'), 'my-story/content/claims/x.yaml (see my-story/content/claims/)');
  assert.equal(inContentDir('see content/claims/', 'content'), 'see content/claims/');
});
