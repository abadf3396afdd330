// A published claim changes only with an entry readers can see: an update when
// there is more, a correction when it was wrong. With them (and the explainers
// that rest on the claims reread), the build shows each under its claim, on
// /changes/ and /corrections/, in claims.json and in the feed (parsed back
// here), both dated today; the refusals are unit-tested in tests/unit/revisions/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { buildFixture, edit, markAllReviewed } from './fixture.ts';

const CORRECTED = 'ecobee-is-a-canadian-smart-thermostat-maker';
const UPDATED = 'amazon-declined-to-comment';
const TODAY = new Date().toISOString().slice(0, 10);
const long = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${TODAY}T00:00:00Z`));

test('a corrected claim and an updated one build, each shown as what it is on its page, on /changes/ and /corrections/, in claims.json and in the feed', () => {
  const out: Record<string, string> = {};
  const r = buildFixture(
    (dir) => {
      edit(
        dir,
        `claims/${CORRECTED}.yaml`,
        (t) =>
          `${t.replace('smart thermostats that work with Alexa.', 'smart thermostats.')}corrections:\n  - date: ${TODAY}\n    changed: The statement said the thermostats "work with Alexa"; it no longer does.\n    reason: The quoted passages give Ecobee's country and trade, not which assistants its thermostats work with.\n`,
      );
      edit(
        dir,
        `claims/${UPDATED}.yaml`,
        (t) =>
          `${t.replace(/^evidence:\n/m, 'evidence:\n  - source: verge-2021-04-15-amazon-ecobee\n    quote: "it doesn’t talk about agreements with partners"\n')}updates:\n  - date: ${TODAY}\n    note: The Verge also gives Amazon’s reason.\n`,
      );
      markAllReviewed(dir);
    },
    (dist) => {
      for (const f of [
        `claims/${CORRECTED}/index.html`,
        `claims/${UPDATED}/index.html`,
        'corrections/index.html',
        'changes/index.html',
        'claims.json',
        'feed.xml',
      ])
        out[f] = readFileSync(join(dist, f), 'utf8');
    },
  );
  assert.equal(r.ok, true, r.output);
  const corrected = out[`claims/${CORRECTED}/index.html`]!;
  assert.match(corrected, new RegExp(`Corrected <time datetime="${TODAY}">${long}</time>`));
  assert.match(
    corrected,
    /<li id="correction-1"><p><strong><time[^>]*>[^<]*<\/time>:<\/strong> The statement said the thermostats “work with Alexa”; it no longer does\.<\/p>/,
  );
  assert.doesNotMatch(corrected, /id="updates"/);
  const updated = out[`claims/${UPDATED}/index.html`]!;
  assert.match(updated, new RegExp(`Updated <time datetime="${TODAY}">${long}</time>`));
  assert.match(updated, /<li id="update-1"><p><strong><time[^>]*>[^<]*<\/time>:<\/strong> The Verge also gives Amazon’s reason\.<\/p>/);
  assert.doesNotMatch(updated, /id="corrections"/);

  assert.match(out['corrections/index.html']!, new RegExp(`href="/claims/${CORRECTED}/#correction-1"`));
  assert.doesNotMatch(out['corrections/index.html']!, new RegExp(`/claims/${UPDATED}/`));
  const changes = out['changes/index.html']!;
  assert.match(changes, new RegExp(`data-change="update"[\\s\\S]*href="/claims/${UPDATED}/#update-1"`));
  assert.match(changes, new RegExp(`data-change="correction"[\\s\\S]*href="/claims/${CORRECTED}/#correction-1"`));

  const json = JSON.parse(out['claims.json']!) as {
    schemaVersion: number;
    claims: {
      id: string;
      statement: string;
      lastChanged: string | null;
      lastUpdated: string | null;
      lastCorrected: string | null;
      corrections: unknown[];
      updates: { note: string }[];
      changes: { type: string }[];
    }[];
  };
  assert.equal(json.schemaVersion, 3);
  const c = json.claims.find((x) => x.id === CORRECTED)!;
  assert.deepEqual([c.lastChanged, c.lastCorrected, c.lastUpdated, c.changes.map((x) => x.type)], [TODAY, TODAY, null, ['correction']]);
  const u = json.claims.find((x) => x.id === UPDATED)!;
  assert.deepEqual(
    [u.lastUpdated, u.corrections.length, u.updates[0]!.note, u.changes.map((x) => x.type)],
    [TODAY, 0, 'The Verge also gives Amazon’s reason.', ['update']],
  );

  const feed = new XMLParser().parse(out['feed.xml']!) as {
    rss: { channel: { item: { title: string; link: string; pubDate: string; description: string; category: string }[] } };
  };
  const items = feed.rss.channel.item;
  const byCategory = (k: string) => items.filter((i) => i.category === k);
  assert.deepEqual(
    byCategory('Correction').map((i) => i.link),
    [`http://localhost:4321/claims/${CORRECTED}/#correction-1`],
  );
  assert.deepEqual(
    byCategory('Update').map((i) => [i.title, i.link, i.description]),
    [
      [
        `Update: ${json.claims.find((x) => x.id === UPDATED)!.statement}`,
        `http://localhost:4321/claims/${UPDATED}/#update-1`,
        'The Verge also gives Amazon’s reason.',
      ],
    ],
  );
  assert.equal(new Date(items[0]!.pubDate).toISOString(), `${TODAY}T00:00:00.000Z`);
  assert.equal(byCategory('New claim').length, json.claims.length, 'one item per published claim');
});
