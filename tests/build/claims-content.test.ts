import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildFixture } from './fixture.ts';

const CLAIM = 'claims/amazon-declined-to-comment.yaml';
const edit = (dir: string, file: string, change: (t: string) => string) => writeFileSync(join(dir, file), change(readFileSync(join(dir, file), 'utf8')));

/** What a maintainer does when renaming a claim: rename the file and every reference to it. */
function renameClaim(dir: string, from: string, to: string) {
  renameSync(join(dir, `claims/${from}.yaml`), join(dir, `claims/${to}.yaml`));
  for (const folder of ['claims', 'events', 'explainers', 'glossary', 'diagrams']) {
    for (const f of readdirSync(join(dir, folder))) {
      edit(dir, `${folder}/${f}`, (t) => t.replaceAll(new RegExp(`\\b${from}\\b`, 'g'), to));
    }
  }
}

test('a quote that is not in its source fails with the claim file, the quote and the closest passage', () => {
  const r = buildFixture((dir) =>
    edit(dir, CLAIM, (t) => t.replace("doesn't talk about agreements with partners", "doesn't discuss agreements with partners")),
  );
  assert.equal(r.ok, false);
  assert.match(r.output, /claims\/amazon-declined-to-comment\.yaml → evidence\[0\]\.quote: quote not found in sources\/verge-2021-04-15-amazon-ecobee/);
  assert.match(r.output, /quote: {3}"Amazon declined to comment, stating that it doesn't discuss agreements with partners\."/);
  assert.match(r.output, /closest: ¶6 "Amazon declined to comment, stating that it doesn’t talk about agreements with partners\."/);
  assert.match(r.output, /Fix: copy the words exactly from \/sources\/verge-2021-04-15-amazon-ecobee\/#p-6/);
});

test('quoting a report whose text is not archived is refused', () => {
  const r = buildFixture((dir) => edit(dir, CLAIM, (t) => t.replace('source: verge-2021-04-15-amazon-ecobee', 'source: wsj-amazon-ecobee-report')));
  assert.equal(r.ok, false);
  assert.match(r.output, /evidence\[0\]\.source: "wsj-amazon-ecobee-report" has no archived text/);
});

test('a statement of two sentences is refused', () => {
  const r = buildFixture((dir) => edit(dir, CLAIM, (t) => t.replace(/^statement: (.*)$/m, 'statement: $1 It said nothing else.')));
  assert.equal(r.ok, false);
  assert.match(r.output, /amazon-declined-to-comment\.yaml/);
  assert.match(r.output, /statement: must be exactly one sentence/);
});

test('a renamed claim keeps its old URL as a redirect through aliases', () => {
  const r = buildFixture(
    (dir) => {
      renameClaim(dir, 'amazon-declined-to-comment', 'amazon-would-not-comment');
      edit(dir, 'claims/amazon-would-not-comment.yaml', (t) => `${t}aliases: [amazon-declined-to-comment]\n`);
    },
    (dist) => {
      const old = readFileSync(join(dist, 'claims/amazon-declined-to-comment/index.html'), 'utf8');
      assert.match(old, /<meta http-equiv="refresh" content="0; url=\/claims\/amazon-would-not-comment\/">/);
      assert.match(old, /<link rel="canonical" href="http:\/\/localhost:4321\/claims\/amazon-would-not-comment\/">/);
      readFileSync(join(dist, 'claims/amazon-would-not-comment/index.html'), 'utf8');
    },
  );
  assert.ok(r.ok, r.output);
});

test('removing a published claim without an alias fails, naming the URL and the fix', () => {
  const r = buildFixture((dir) => renameClaim(dir, 'amazon-declined-to-comment', 'amazon-would-not-comment'));
  assert.equal(r.ok, false);
  assert.match(r.output, /published-urls\.txt → \/claims\/amazon-declined-to-comment\/: this URL was published and is no longer built/);
  assert.match(r.output, /Fix: add "amazon-declined-to-comment" to the aliases of the claim that replaced it/);
});

test('an alias that is a live claim id is refused', () => {
  const r = buildFixture((dir) => edit(dir, CLAIM, (t) => `${t}aliases: [negotiations-were-ongoing]\n`));
  assert.equal(r.ok, false);
  assert.match(r.output, /amazon-declined-to-comment\.yaml → aliases\[0\]: alias "negotiations-were-ongoing" is the id of a live claim/);
});

test("a reference to a renamed claim's old id names the new one", () => {
  const r = buildFixture((dir) => {
    renameSync(join(dir, CLAIM), join(dir, 'claims/amazon-would-not-comment.yaml'));
    edit(dir, 'claims/amazon-would-not-comment.yaml', (t) => `${t}aliases: [amazon-declined-to-comment]\n`);
  });
  assert.equal(r.ok, false);
  assert.match(r.output, /events\/verge-relays-the-report\.yaml → claims\[0\]: "amazon-declined-to-comment" is an old id of the claim now called "amazon-would-not-comment"/);
  assert.match(r.output, /the-story\.mdx → body, line \d+, <Claim id="amazon-declined-to-comment">: "amazon-declined-to-comment" is an old id/);
});
