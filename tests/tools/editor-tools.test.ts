// The editor's tools on a scratch copy of the invented story: claim:new finds
// a quote as the build would and writes the claim, or refuses with the build's
// own message; coverage reports what the claims leave unquoted.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, readdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { parse } from 'yaml';

const ROOT = resolve(import.meta.dirname, '../..');
const STORY = join(ROOT, 'tests/fixtures/fictional-story/content');
const COURIER = 'saltmere-courier-2025-03-ferry-records';
const GAZETTE = 'pellowick-gazette-2025-03-ferry-row';

function scratch(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'explainer-editor-')), 'content');
  cpSync(STORY, dir, { recursive: true });
  return dir;
}

function run(script: string, contentRoot: string, args: string[] = []) {
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts', script), ...args], { env: { ...process.env, CONTENT_ROOT: contentRoot }, encoding: 'utf8' });
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
}

test('claim:new writes a claim with the source’s exact words, the paragraph and the attribution the source implies', () => {
  const dir = scratch();
  // Typed with straight quotes and a line break, as a reader copies it; written as the source has it.
  const r = run('claim-new.ts', dir, ['--source', GAZETTE, '--quote', 'offered monthly\ntotals for each sailing', '--id', 'gazette-relays-the-offer']);
  assert.equal(r.code, 0, r.out);
  const file = join(dir, 'claims/gazette-relays-the-offer.yaml');
  const claim = parse(readFileSync(file, 'utf8'));
  assert.deepEqual(claim.evidence, [{ source: GAZETTE, quote: 'offered monthly totals for each sailing', paragraph: 4 }]);
  assert.deepEqual(claim.attribution, [{ actor: 'saltmere-courier', as: 'citing' }], 'the Gazette cites the Courier');
  assert.equal(claim.statement, '', 'the statement is the editor’s to write');
  assert.match(readFileSync(file, 'utf8'), /topics: \[\] # at least one of: the-refusal, the-request, what-comes-next/);

  const again = run('claim-new.ts', dir, ['--source', GAZETTE, '--quote', 'offered monthly totals for each sailing', '--id', 'gazette-relays-the-offer']);
  assert.equal(again.code, 1);
  assert.match(again.out, /claims\/gazette-relays-the-offer\.yaml already exists\n {2}Fix: pass another --id, or --force to overwrite it/);
  rmSync(resolve(dir, '..'), { recursive: true, force: true });
});

test('claim:new refuses a quote the build would refuse, with the build’s message and fix', () => {
  const dir = scratch();
  const missing = run('claim-new.ts', dir, ['--source', COURIER, '--quote', 'the board wants every ticket']);
  assert.equal(missing.code, 1);
  assert.match(
    missing.out,
    /quote not found in sources\/saltmere-courier-2025-03-ferry-records .*\n.*\n\s+closest: ¶\d+ ".*"\n {2}Fix: copy the words exactly from \/sources\/saltmere-courier-2025-03-ferry-records\/#p-\d+/,
  );
  const short = run('claim-new.ts', dir, ['--source', COURIER, '--quote', 'Tidewright']);
  assert.match(short.out, /"Tidewright" is one word: too short/);
  const twice = run('claim-new.ts', dir, ['--source', COURIER, '--quote', 'the town quay']);
  assert.match(
    twice.out,
    /"the town quay" occurs 2 times in sources\/saltmere-courier-2025-03-ferry-records \(¶\d+, ¶\d+\), so it does not say which passage it means\n {2}Fix: quote more of the sentence you mean, or add "paragraph: <n>"/,
  );
  const placed = run('claim-new.ts', dir, [
    '--source',
    COURIER,
    '--quote',
    'the town quay',
    '--paragraph',
    twice.out.match(/¶(\d+)/)![1]!,
    '--id',
    'quay-claim',
  ]);
  assert.equal(placed.code, 0, placed.out);
  const unknown = run('claim-new.ts', dir, ['--source', 'saltmere-currier', '--quote', 'the town quay']);
  assert.match(unknown.out, /no source has the id "saltmere-currier" in \S+\/content\/sources\/\n {2}Fix: use one of saltmere-courier-2025-03-ferry-records/);
  assert.equal(existsSync(join(dir, 'claims/the-board-wants-every-ticket.yaml')), false);
  rmSync(resolve(dir, '..'), { recursive: true, force: true });
});

test('coverage prints each article’s share of quoted sentences and the sentences left; a story with no article is refused', () => {
  const dir = scratch();
  const r = run('coverage.ts', dir);
  assert.equal(r.code, 0, r.out);
  const [, covered, total, articles] = /coverage: (\d+) of (\d+) sentences in (\d+) archived article\(s\)/.exec(r.out)!.map(Number);
  assert.equal(articles, readdirSync(join(dir, 'sources')).length, r.out);
  assert.ok(covered! < total!, r.out);
  assert.match(r.out, new RegExp(`${COURIER} +\\d+/\\d+ +\\d+%`));
  assert.match(r.out, /¶4 {2}"We cannot plan a quay for people we cannot count," she told the meeting\./);
  // A sentence marked as no claim in its source is listed apart, with why.
  assert.match(r.out, /marked as no claim: ¶1 \(The fixture's own notice that the article is invented/);
  // Quoting a sentence covers it.
  run('claim-new.ts', dir, ['--source', COURIER, '--quote', 'We cannot plan a quay for people we cannot count', '--id', 'cannot-count']);
  const after = /coverage: (\d+) of/.exec(run('coverage.ts', dir).out)![1];
  assert.equal(Number(after), covered! + 1);

  rmSync(join(dir, 'sources'), { recursive: true });
  const none = run('coverage.ts', dir);
  assert.equal(none.code, 1);
  assert.match(none.out, /coverage: no archived article in .*\/sources\/, so there is nothing to cover\.\n {2}Fix: import one first/);
  rmSync(resolve(dir, '..'), { recursive: true, force: true });
});

test('lock refuses a build of another content folder, and writes nothing', () => {
  const dir = scratch();
  const dist = mkdtempSync(join(tmpdir(), 'explainer-dist-'));
  // What a build of the main story leaves in dist/: its claims and URLs, none of them this story's.
  writeFileSync(join(dist, 'claims.json'), JSON.stringify({ claims: [{ id: 'amazon-declined-to-comment', aliases: [] }] }));
  writeFileSync(join(dist, 'published-urls.txt'), '/claims/amazon-declined-to-comment/\n');
  const locked = () => ['published-urls.txt', 'published-claims.json'].map((f) => existsSync(join(dir, f)) && readFileSync(join(dir, f), 'utf8'));
  const before = locked();
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'lock.ts')], { env: { ...process.env, CONTENT_ROOT: dir, DIST: dist }, encoding: 'utf8' });
  assert.equal(r.status, 1, r.stdout + r.stderr);
  assert.match(r.stderr, /was not built from .*: it holds claims .*claims\/ does not have \(amazon-declined-to-comment\)/);
  assert.deepEqual(locked(), before);
  rmSync(resolve(dir, '..'), { recursive: true, force: true });
  rmSync(dist, { recursive: true, force: true });
});

test('claim:new --help prints its usage and options, and succeeds', () => {
  const r = run('claim-new.ts', scratch(), ['--help']);
  assert.equal(r.code, 0, r.out);
  assert.match(r.out, /^Usage: npm run claim:new -- --source <source-id> --quote/);
  assert.match(r.out, /--force {6}overwrite a claim file of that id/);
});
