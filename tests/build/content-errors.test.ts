// Broken content stops the build, and every problem reaches the log with its
// file: schema errors (Astro's, first) and the content checks (ours, all at
// once, MDX references included). The rules are unit-tested in tests/unit/checks/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildFixture, edit, renameClaim } from './fixture.ts';

const VERGE = 'sources/verge-2021-04-15-amazon-ecobee.mdx';

test('schema problems of every entry are reported together, each naming the file and the field', () => {
  // The rules and their messages are unit-tested in tests/unit/content/schemas.test.ts.
  const r = buildFixture((dir) => {
    edit(dir, VERGE, (t) => t.replace(/^title: .*\n/m, '').replace('published: "2021-04-15"', 'published: "2021-02-30"'));
    edit(dir, 'events/ecobee-refuses.yaml', (t) => t.replace('date: before 2021-04', 'date: before April 2021').replace(/^claims: .*$/m, 'claims: []'));
    edit(dir, 'claims/amazon-declined-to-comment.yaml', (t) => t.replace(/^statement: (.*)$/m, 'statement: $1 It said nothing else.'));
    // A new editor's empty file: Astro's loader alone fails inside itself, naming no file.
    writeFileSync(join(dir, 'claims/new-claim.yaml'), '');
  });
  assert.equal(r.ok, false);
  assert.match(r.output, /Content check failed \(9 problems\)/);
  assert.match(r.output, /claims\/new-claim\.yaml → statement: is missing: this field is required/);
  assert.match(r.output, /claims\/new-claim\.yaml → evidence: /);
  assert.match(r.output, /sources\/verge-2021-04-15-amazon-ecobee\.mdx → title: is missing: this field is required\.\n\s+Fix: add the field/);
  assert.match(r.output, /sources\/verge-2021-04-15-amazon-ecobee\.mdx → published: "2021-02-30" is not a real day: February 2021 has 28 days/);
  assert.match(r.output, /events\/ecobee-refuses\.yaml → when: "April 2021" is not a date/);
  assert.match(r.output, /events\/ecobee-refuses\.yaml → claims: every event must be backed by at least one claim/);
  assert.match(r.output, /claims\/amazon-declined-to-comment\.yaml → statement: must be exactly one sentence/);
});

test('every content problem of a build is reported at once, each as file → field → fix, MDX references included', () => {
  const r = buildFixture((dir) => {
    edit(dir, 'claims/amazon-declined-to-comment.yaml', (t) =>
      t.replace("doesn't talk about agreements with partners", "doesn't discuss agreements with partners"),
    );
    edit(dir, 'claims/negotiations-were-ongoing.yaml', (t) => t.replace(/source: verge-2021-04-15-amazon-ecobee/, 'source: verge-2021-04-16'));
    edit(
      dir,
      'explainers/what-amazon-said.mdx',
      (t) => `${t}\n<Cite source="verge-2021-04-15-amazon-ecobee" p={99} /> <Claim id="amazon-said-nothing">Invented.</Claim>\n`,
    );
    edit(dir, 'diagrams/who-wanted-what.yaml', (t) => t.replace('  - from: ecobee\n    to: amazon', '  - from: ecobee\n    to: hbo'));
    writeFileSync(join(dir, 'actors/hbo.json'), JSON.stringify({ name: 'HBO', kind: 'company', role: 'A second HBO.' }));
    edit(dir, 'claims/amazon-asked-other-device-makers.yaml', (t) => t.replace('related: [', 'related: [amazon-asked-other-device-makers, '));
    // A published claim renamed without its old id among its aliases.
    renameClaim(dir, 'wsj-report-shows-many-markets', 'wsj-report-covers-many-markets');
    // A published claim reworded without an update or a correction.
    edit(dir, 'claims/ecobee-is-a-canadian-smart-thermostat-maker.yaml', (t) => t.replace('smart thermostats that work with Alexa.', 'smart thermostats.'));
  });
  assert.equal(r.ok, false);
  assert.match(r.output, /Content check failed \(\d+ problems\)/);
  assert.match(r.output, /claims\/amazon-declined-to-comment\.yaml → evidence\[0\]\.quote: quote not found in sources\/verge-2021-04-15-amazon-ecobee/);
  assert.match(r.output, /Fix: copy the words exactly from \/sources\/verge-2021-04-15-amazon-ecobee\/#p-6/);
  assert.match(r.output, /claims\/negotiations-were-ongoing\.yaml → evidence\[\d\]\.source: no sources entry has the id "verge-2021-04-16"/);
  assert.match(
    r.output,
    /explainers\/what-amazon-said\.mdx → body, line \d+, <Cite source="verge-2021-04-15-amazon-ecobee" p=\{99\} \/>: "verge-2021-04-15-amazon-ecobee" has \d+ paragraphs, so there is no paragraph 99/,
  );
  assert.match(
    r.output,
    /explainers\/what-amazon-said\.mdx → body, line \d+, <Claim id="amazon-said-nothing">: no claims entry has the id "amazon-said-nothing"/,
  );
  assert.match(r.output, /who-wanted-what\.yaml → steps\[\d\]\.to: "hbo" is not one of the diagram's participants/);
  assert.match(r.output, /content\/actors\/hbo\.(yaml|json) and \S*content\/actors\/hbo\.(yaml|json) → id: 2 files give the id "hbo"/);
  assert.match(
    r.output,
    /claims\/ecobee-is-a-canadian-smart-thermostat-maker\.yaml → statement: changed since it was published on 2026-11-23 \([^)]*content\/published-claims\.json\) with no entry readers would see: the statement was "Ecobee is a Canadian maker of smart thermostats that work with Alexa\." and is now "Ecobee is a Canadian maker of smart thermostats\."\.\n\s+Fix: undo the change, or add a correction if what was published was wrong/,
  );
  assert.match(
    r.output,
    /claims\/wsj-report-covers-many-markets\.yaml → aliases: this claim quotes the same words as the published claim "wsj-report-shows-many-markets", and no claim keeps that id: links to \/claims\/wsj-report-shows-many-markets\/ would break \([^)]*published-claims\.json\)\.\n\s+Fix: if it is that claim renamed, add its old id: aliases: \[wsj-report-shows-many-markets\]/,
  );
  assert.match(
    r.output,
    /claims\/amazon-asked-other-device-makers\.yaml → related\[0\]: refers to its own entry "amazon-asked-other-device-makers"\.\n\s+Fix: remove "amazon-asked-other-device-makers" from related/,
  );
});
