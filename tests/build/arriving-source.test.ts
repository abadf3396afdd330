// A source arrives after the invented story was published (scripts/lib/arriving-source.ts,
// the steps of docs/EDITING.md): the build first refuses, naming only the
// explainer lines to reread, since every changed claim and event carries its
// entry; once the editor records the reading, the pages show each update and
// the correction as what it is (under the claim, on /changes/ and /corrections/,
// in claims.json and the feed, parsed back here), the event's earlier dating and
// a home preview that kept its events. Everything is dated the real today.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildSite } from '../../scripts/lib/build-site.ts';
import { addArrivingSource, ARRIVING, editorRuns } from '../../scripts/lib/arriving-source.ts';
import { readContentFiles } from '../../src/data/content/files.ts';
import { checkContentFiles } from '../../src/lib/checks/check-files.ts';
import { XMLParser } from 'fast-xml-parser';

const STORY = resolve(import.meta.dirname, '../fixtures/fictional-story/content');
const TODAY = new Date().toISOString().slice(0, 10);

test(
  'a source that arrives after publication: updates, not corrections; the explainers to reread named; then the pages show what changed',
  { timeout: 400_000 },
  async () => {
    const dir = mkdtempSync(join(tmpdir(), 'explainer-arriving-'));
    const content = join(dir, 'content');
    try {
      cpSync(STORY, content, { recursive: true });
      const { importOutput } = addArrivingSource(content, TODAY);
      assert.match(importOutput, /read brannock-isle-news-2025-04\.html as a saved web page/);
      assert.match(importOutput, /a link to another article +"Read also: Island ferry timetable for summer 2025"/);

      // First build: refused, and only for the explainers that rest on what changed.
      const refused = buildSite(content, join(dir, 'dist'), join(dir, 'cache'));
      assert.equal(refused.ok, false, refused.output);
      const report = refused.output.slice(refused.output.indexOf('Content check failed'));
      const named = [...report.matchAll(/^\s+\S*?(explainers\/[a-z-]+\.mdx|[a-z]+\/[a-z0-9-]+\.(?:yaml|mdx)) → /gm)].map((m) => m[1]!);
      assert.ok(named.length > 0 && named.every((f) => f.startsWith('explainers/')), report);
      assert.match(
        report,
        /the-story\.mdx → body: rests on what changed since it was last reread on \d{4}-\d{2}-\d{2} \([^)]*published-claims\.json\): .*claim tidewright-offered-monthly-totals \(updated: "Also reported by Brannock Isle News\."\): reread line \d+ \("Instead it offered monthly totals/,
      );
      assert.match(report, /Fix: reread those lines .* npm run reviewed -- the-story/);

      // The editor rereads: npm run reviewed lists what to reread, then records it.
      assert.match(editorRuns(content, 'reviewed').out, /then: npm run reviewed -- the-story/);
      const stale = [...new Set(named.map((f) => f.replace(/^explainers\/|\.mdx$/g, '')))];
      const reviewed = editorRuns(content, 'reviewed', stale);
      assert.equal(reviewed.code, 0, reviewed.out);

      // Second build: the pages say what changed.
      const out: Record<string, string> = {};
      const built = buildSite(content, join(dir, 'dist'), join(dir, 'cache'));
      assert.equal(built.ok, true, built.output);
      for (const f of [`claims/${ARRIVING.corroborated[0]}`, `claims/${ARRIVING.corrected}`, 'timeline', '', 'changes', 'corrections'])
        out[f] = readFileSync(join(dir, 'dist', f, 'index.html'), 'utf8');
      for (const f of ['claims.json', 'feed.xml']) out[f] = readFileSync(join(dir, 'dist', f), 'utf8');
      assert.match(
        out[`claims/${ARRIVING.corroborated[0]}`]!,
        /Updated <time[^>]*>[^<]*<\/time>[\s\S]*id="update-1"[\s\S]*Also reported by Brannock Isle News\./,
      );
      assert.doesNotMatch(out[`claims/${ARRIVING.corroborated[0]}`]!, /id="corrections"/);
      assert.match(
        out.timeline!,
        /id="event-board-asks-for-records"[\s\S]*?<time datetime="2025-02-06">6 February 2025<\/time>[\s\S]*?Dated <time datetime="2025-02">February 2025<\/time> until <time[^>]*>[^<]*<\/time>, when it was updated: Brannock Isle News dates the letter to 6 February 2025/,
      );
      // The home page's "In order" still starts with the board's letter.
      assert.match(out['']!, /href="\/timeline\/#event-board-asks-for-records"/);
      assert.equal((out.changes!.match(/data-change="update"/g) ?? []).length, 3, 'two claims and an event updated');
      assert.equal((out.changes!.match(/data-change="correction"/g) ?? []).length, 1);

      // The correction: under its claim, apart from updates; on /corrections/ alone.
      const corrected = out[`claims/${ARRIVING.corrected}`]!;
      assert.match(corrected, new RegExp(`Corrected <time datetime="${TODAY}">`));
      assert.match(corrected, /<li id="correction-1"><p><strong><time[^>]*>[^<]*<\/time>:<\/strong> The statement gave the year of the renewal, 2025\.<\/p>/);
      assert.doesNotMatch(corrected, /id="updates"/);
      assert.match(out.corrections!, new RegExp(`href="/claims/${ARRIVING.corrected}/#correction-1"`));
      assert.doesNotMatch(out.corrections!, new RegExp(`/claims/${ARRIVING.corroborated[0]}/`));

      // claims.json (schema 3) and the feed carry both, each as what it is.
      const json = JSON.parse(out['claims.json']!) as {
        schemaVersion: number;
        claims: {
          id: string;
          statement: string;
          lastChanged: string | null;
          lastUpdated: string | null;
          lastCorrected: string | null;
          updates: { note: string }[];
          changes: { type: string }[];
        }[];
      };
      assert.equal(json.schemaVersion, 3);
      const byId = (id: string) => json.claims.find((c) => c.id === id)!;
      const c = byId(ARRIVING.corrected);
      assert.deepEqual([c.lastChanged, c.lastCorrected, c.lastUpdated, c.changes.map((x) => x.type)], [TODAY, TODAY, null, ['correction']]);
      const u = byId(ARRIVING.corroborated[0]!);
      assert.deepEqual(
        [u.lastUpdated, u.lastCorrected, u.updates.map((x) => x.note), u.changes.map((x) => x.type)],
        [TODAY, null, ['Also reported by Brannock Isle News.'], ['update']],
      );
      const items = (
        new XMLParser().parse(out['feed.xml']!) as { rss: { channel: { item: { title: string; link: string; pubDate: string; category: string }[] } } }
      ).rss.channel.item;
      const kind = (k: string) => items.filter((i) => i.category === k);
      assert.deepEqual(
        kind('Correction').map((i) => i.link),
        [`http://localhost:4321/claims/${ARRIVING.corrected}/#correction-1`],
      );
      assert.deepEqual(
        kind('Update')
          .map((i) => i.link)
          .sort(),
        [
          `http://localhost:4321/claims/${ARRIVING.corroborated[0]}/#update-1`,
          `http://localhost:4321/claims/${ARRIVING.corroborated[1]}/#update-1`,
          `http://localhost:4321/timeline/#event-${ARRIVING.narrowed.event}`,
        ],
      );
      assert.equal(kind('Update')[0]!.title.startsWith('Update: '), true);
      assert.equal(new Date(items[0]!.pubDate).toISOString(), `${TODAY}T00:00:00.000Z`);
      assert.equal(
        kind('New claim').length,
        json.claims.filter((x) => x.id !== ARRIVING.claim && x.id !== 'board-letter-dated-6-february').length,
        'one item per published claim',
      );

      // The content check, on the real today, accepts it as it stands.
      assert.deepEqual((await checkContentFiles(readContentFiles(content), TODAY)).problems, []);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
);
