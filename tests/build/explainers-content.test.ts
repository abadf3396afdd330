import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildFixture } from './fixture.ts';

const edit = (dir: string, file: string, change: (t: string) => string) => writeFileSync(join(dir, file), change(readFileSync(join(dir, file), 'utf8')));

test('an explainer naming an unknown claim, term or source fails with the file, the line and the tag', () => {
  const r = buildFixture((dir) =>
    edit(dir, 'explainers/what-amazon-said.mdx', (t) =>
      t.replace('## No comment', '## No comment\n\n<Claim id="amazon-said-nothing">Invented.</Claim> <Term id="alexa-certificate">x</Term> <Cite source="wsj" p={1} />'),
    ),
  );
  assert.equal(r.ok, false);
  assert.match(r.output, /explainers\/what-amazon-said\.mdx → body, line \d+, <Claim id="amazon-said-nothing">: no claims entry has the id "amazon-said-nothing"/);
  assert.match(r.output, /<Term id="alexa-certificate">: no glossary entry has the id "alexa-certificate"/);
  assert.match(r.output, /<Cite source="wsj" p=\{1\} \/>: no sources entry has the id "wsj"/);
});

test('an event without claims is refused', () => {
  const r = buildFixture((dir) => edit(dir, 'events/ecobee-refuses.yaml', (t) => t.replace(/^claims: .*$/m, 'claims: []')));
  assert.equal(r.ok, false);
  assert.match(r.output, /ecobee-refuses\.yaml/);
  assert.match(r.output, /claims: every event must be backed by at least one claim/);
});

test('a diagram step between actors that are not its participants is refused', () => {
  const r = buildFixture((dir) => edit(dir, 'diagrams/who-wanted-what.yaml', (t) => t.replace('  - from: ecobee\n    to: amazon', '  - from: ecobee\n    to: hbo')));
  assert.equal(r.ok, false);
  assert.match(r.output, /who-wanted-what\.yaml → steps\[2\]\.to: "hbo" is not one of the diagram's participants/);
});
