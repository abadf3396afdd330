import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildFixture } from './fixture.ts';

const VERGE = 'sources/verge-2021-04-15-amazon-ecobee.mdx';

function edit(contentDir: string, file: string, change: (text: string) => string) {
  const path = join(contentDir, file);
  writeFileSync(path, change(readFileSync(path, 'utf8')));
}

test('the unmodified content builds (the harness itself works)', () => {
  const r = buildFixture(() => {});
  assert.ok(r.ok, r.output);
});

test('a source without a title and with an impossible date fails, naming the file and both fields', () => {
  const r = buildFixture((dir) =>
    edit(dir, VERGE, (t) => t.replace(/^title: .*\n/m, '').replace('published: "2021-04-15"', 'published: "2021-13-45"')),
  );
  assert.equal(r.ok, false);
  assert.match(r.output, /verge-2021-04-15-amazon-ecobee\.mdx/);
  assert.match(r.output, /title: is missing: this field is required/);
  assert.match(r.output, /published: "2021-13-45" is not a date: there is no month 13; write YYYY, YYYY-MM, YYYY-MM-DD/);
});

test('a day that does not exist is refused', () => {
  const r = buildFixture((dir) => edit(dir, VERGE, (t) => t.replace('published: "2021-04-15"', 'published: "2021-02-30"')));
  assert.equal(r.ok, false);
  assert.match(r.output, /published: "2021-02-30" is not a real day: February 2021 has 28 days/);
});

test('a source whose publisher is not an actor fails with the file, the field and the fix', () => {
  const r = buildFixture((dir) => edit(dir, VERGE, (t) => t.replace('publisher: "the-verge"', 'publisher: "the-vergee"')));
  assert.equal(r.ok, false);
  assert.match(r.output, /sources\/verge-2021-04-15-amazon-ecobee\.mdx → publisher: no actors entry has the id "the-vergee"/);
  assert.match(r.output, /Fix: correct the id, or add content\/actors\/the-vergee\.yaml/);
});
