// The bad-content suite of issue 6: each kind of broken content fails the
// build with a message naming the file, the field and the fix.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildFixture } from './fixture.ts';

const edit = (dir: string, file: string, change: (t: string) => string) => writeFileSync(join(dir, file), change(readFileSync(join(dir, file), 'utf8')));

test('unknown source', () => {
  const r = buildFixture((dir) => edit(dir, 'claims/amazon-declined-to-comment.yaml', (t) => t.replace('source: verge-2021-04-15-amazon-ecobee', 'source: verge-2021-04-16')));
  assert.equal(r.ok, false);
  assert.match(r.output, /claims\/amazon-declined-to-comment\.yaml → evidence\[0\]\.source: no sources entry has the id "verge-2021-04-16"\.\n\s+Fix: correct the id, or add content\/sources\/verge-2021-04-16\.mdx/);
});

test('duplicate id', () => {
  const r = buildFixture((dir) => writeFileSync(join(dir, 'actors/hbo.json'), JSON.stringify({ name: 'HBO', kind: 'company', role: 'A second HBO.' })));
  assert.equal(r.ok, false);
  assert.match(r.output, /content\/actors\/hbo\.(yaml|json) and content\/actors\/hbo\.(yaml|json) → id: 2 files give the id "hbo"\.\n\s+Fix: keep one file per id/);
});

test('malformed date', () => {
  const r = buildFixture((dir) => edit(dir, 'events/ecobee-refuses.yaml', (t) => t.replace('date: before 2021-04', 'date: before April 2021')));
  assert.equal(r.ok, false);
  assert.match(r.output, /ecobee-refuses\.yaml/);
  assert.match(r.output, /when: "April 2021" is not a date; write YYYY, YYYY-MM, YYYY-MM-DD, 'before <date>', 'as of <date>' or 'undated'/);
});

test('event without claims names the fix', () => {
  const r = buildFixture((dir) => edit(dir, 'events/ecobee-refuses.yaml', (t) => t.replace(/^claims: .*$/m, 'claims: []')));
  assert.equal(r.ok, false);
  assert.match(r.output, /claims: every event must be backed by at least one claim; list the ids of the claims that report it/);
});

test('text in content is text: <script> and {} in an article render literally', () => {
  const r = buildFixture(
    (dir) => edit(dir, 'sources/verge-2021-04-15-amazon-ecobee.mdx', (t) => `${t}\nA reader wrote \\<script\\>alert(1)\\</script\\> and \\{props\\} here.\n`),
    (dist) => {
      const html = readFileSync(join(dist, 'sources/verge-2021-04-15-amazon-ecobee/index.html'), 'utf8');
      assert.match(html, /A reader wrote &lt;script&gt;alert\(1\)&lt;\/script&gt; and \{props\} here\./);
      assert.doesNotMatch(html, /<script>alert\(1\)<\/script>/);
    },
  );
  assert.ok(r.ok, r.output);
});
