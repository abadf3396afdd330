// A published claim changes only with a correction readers can see: with one,
// the build shows it under the claim, on /corrections/, in claims.json and in
// the feed (parsed back here); the refusal without one is in content-errors.test.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { buildFixture, edit } from './fixture.ts';

const ID = 'ecobee-is-a-canadian-smart-thermostat-maker';

test('a corrected claim builds, and its correction is shown on its page, on /corrections/, in claims.json and in the feed', () => {
  const out: Record<string, string> = {};
  const r = buildFixture(
    (dir) =>
      edit(
        dir,
        `claims/${ID}.yaml`,
        (t) =>
          `${t.replace('smart thermostats that work with Alexa.', 'smart thermostats.')}corrections:\n  - date: 2026-11-26\n    changed: The statement said the thermostats "work with Alexa"; it no longer does.\n    reason: The quoted passages give Ecobee's country and trade, not which assistants its thermostats work with.\n`,
      ),
    (dist) => {
      for (const f of [`claims/${ID}/index.html`, 'corrections/index.html', 'claims.json', 'feed.xml']) out[f] = readFileSync(join(dist, f), 'utf8');
    },
  );
  assert.equal(r.ok, true, r.output);
  const page = out[`claims/${ID}/index.html`]!;
  assert.match(page, /Published <time datetime="2026-11-23">23 November 2026<\/time>/);
  assert.match(page, /Last changed <time datetime="2026-11-26">26 November 2026<\/time>/);
  assert.match(
    page,
    /<li id="correction-1"><p><strong><time datetime="2026-11-26">26 November 2026<\/time>:<\/strong> The statement said the thermostats “work with Alexa”; it no longer does\.<\/p>/,
  );

  const log = out['corrections/index.html']!;
  assert.match(log, /href="\/claims\/ecobee-is-a-canadian-smart-thermostat-maker\/#correction-1">Ecobee is a Canadian maker of smart thermostats\.<\/a>/);

  const json = JSON.parse(out['claims.json']!) as {
    schemaVersion: number;
    claims: { id: string; published: string; lastChanged: string | null; corrections: { date: string }[] }[];
  };
  assert.equal(json.schemaVersion, 2);
  const claim = json.claims.find((c) => c.id === ID)!;
  assert.deepEqual([claim.published, claim.lastChanged, claim.corrections.map((c) => c.date)], ['2026-11-23', '2026-11-26', ['2026-11-26']]);

  const feed = new XMLParser().parse(out['feed.xml']!) as {
    rss: { channel: { title: string; item: { title: string; link: string; pubDate: string; description: string }[] } };
  };
  const items = feed.rss.channel.item;
  assert.equal(items[0]!.title, 'Correction: Ecobee is a Canadian maker of smart thermostats.');
  assert.equal(items[0]!.link, `http://localhost:4321/claims/${ID}/#correction-1`);
  assert.equal(new Date(items[0]!.pubDate).toISOString(), '2026-11-26T00:00:00.000Z');
  assert.match(items[0]!.description, /^What changed: The statement said/);
  assert.equal(items.length, json.claims.length + 1, 'one item per published claim, one per correction');
});
