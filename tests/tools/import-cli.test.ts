// The importer's command line: file I/O, refusals and exit codes, on a scratch content root.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';

const ROOT = resolve(import.meta.dirname, '../..');
const SEED = join(ROOT, 'content/seeds/003_e7b328a352b39bf4.txt');

function scratch() {
  const dir = mkdtempSync(join(tmpdir(), 'explainer-import-'));
  cpSync(join(ROOT, 'content/actors'), join(dir, 'content/actors'), { recursive: true });
  return dir;
}

function runImport(contentRoot: string, args: string[]) {
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts/import-article.ts'), ...args], {
    env: { ...process.env, CONTENT_ROOT: contentRoot },
    encoding: 'utf8',
  });
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
}

const ARGS = ['--id', 'ac-test', '--title', 'T', '--publisher', 'android-central', '--published', '2021-04'];

test('imports a seed, copies the raw text beside it, and refuses to overwrite without --force', () => {
  const dir = join(scratch(), 'content');
  const first = runImport(dir, [SEED, ...ARGS]);
  assert.equal(first.code, 0, first.out);
  const mdx = readFileSync(join(dir, 'sources/ac-test.mdx'), 'utf8');
  assert.match(mdx, /^## What you need to know$/m);
  assert.ok(existsSync(join(dir, 'seeds/003_e7b328a352b39bf4.txt')));

  const again = runImport(dir, [SEED, ...ARGS]);
  assert.equal(again.code, 1);
  assert.match(again.out, /sources\/ac-test\.mdx already exists; pass --force to overwrite it/);
  assert.equal(runImport(dir, [SEED, ...ARGS, '--force']).code, 0);
});

test('an unreadable file, an empty article, a missing field and an unknown publisher each exit 1 with the reason', () => {
  const dir = join(scratch(), 'content');
  const missing = runImport(dir, ['no/such/file.txt', ...ARGS]);
  assert.equal(missing.code, 1);
  assert.match(missing.out, /import: cannot read no\/such\/file\.txt: ENOENT/);

  const empty = join(dir, 'empty.txt');
  writeFileSync(empty, 'date 2021-04-15\n\n12 Comments\n');
  const e = runImport(dir, [empty, ...ARGS]);
  assert.equal(e.code, 1);
  assert.match(e.out, /import: the article is empty/);

  const noTitle = runImport(dir, [SEED, '--id', 'x', '--publisher', 'android-central', '--published', '2021-04']);
  assert.equal(noTitle.code, 1);
  assert.match(noTitle.out, /import: missing required field: --title/);

  const unknown = runImport(dir, [SEED, ...ARGS.slice(0, 4), '--publisher', 'nobody', '--published', '2021-04']);
  assert.equal(unknown.code, 1);
  // Named in the content folder the import writes to (here a scratch one), not as content/.
  assert.match(unknown.out, /--publisher "nobody": no actor file \S+\/content\/actors\/nobody\.yaml/);
});

const PAGE = join(ROOT, 'tests/fixtures/fictional-story/content/seeds/harbour-post-2025-03-20.html');

test('a saved page imports with --id and --publisher alone: the page gives the rest, and the raw page is kept as it was', () => {
  const dir = join(scratch(), 'content');
  writeFileSync(join(dir, 'actors/harbour-post.yaml'), 'name: The Harbour Post\nkind: publication\nrole: An invented newspaper.\n');
  const r = runImport(dir, [PAGE, '--id', 'hp-ferry', '--publisher', 'harbour-post']);
  assert.equal(r.code, 0, r.out);
  assert.match(r.out, /read harbour-post-2025-03-20\.html as a saved web page/);
  assert.match(r.out, /title {6}Saltmere ferry firm refuses to give harbour board its passenger records/);
  assert.match(r.out, /published {2}2025-03-20 \(from its JSON-LD datePublished: 2025-03-20T07:30:00\+00:00\)/);
  assert.match(r.out, /left out 3 lines that are not the article/);
  assert.match(r.out, /block 3 +a caption +"Passengers wait for a Tidewright sailing/);
  const mdx = readFileSync(join(dir, 'sources/hp-ferry.mdx'), 'utf8');
  assert.match(mdx, /^url: "https:\/\/www\.harbour-post\.test\/news\/2025\/03\/20\/saltmere-ferry-firm-refuses-passenger-records"$/m);
  assert.match(mdx, /^ {2}basis: "As the saved page gives it \(its JSON-LD datePublished: 2025-03-20T07:30:00\+00:00\)\."$/m);
  assert.ok(!/Advertisement$/m.test(mdx.split('---').slice(2).join('---')));
  assert.equal(readFileSync(join(dir, 'seeds/harbour-post-2025-03-20.html'), 'utf8'), readFileSync(PAGE, 'utf8'));
  // A site name that is not the publisher's is pointed out.
  const other = runImport(dir, [PAGE, '--id', 'hp-2', '--publisher', 'android-central']);
  assert.match(other.out, /the page names its site "The Harbour Post", and --publisher android-central is "Android Central": check the publisher/);
});

test('pasted text: each line left out is named with its line and kind, --keep keeps one, and a cut-off copy is said', () => {
  const dir = join(scratch(), 'content');
  const file = join(dir, 'pasted.txt');
  writeFileSync(
    file,
    'ANDROID CENTRAL\nBy Jane Roe\n\nEcobee refused to share the data, the report says.\n\nRead also: The best thermostats\n\nThe talks go on, and Amazon may yet drop its certificat',
  );
  const r = runImport(dir, [file, ...ARGS]);
  assert.equal(r.code, 0, r.out);
  assert.match(r.out, /line 1 +the site’s name or tagline +"ANDROID CENTRAL"/);
  assert.match(r.out, /line 2 +a byline or time stamp +"By Jane Roe"/);
  assert.match(r.out, /line 6 +a link to another article +"Read also: The best thermostats"/);
  assert.match(r.out, /the copy ends mid-word \("…may yet drop its certificat"\): recorded as incomplete/);
  const kept = runImport(dir, [file, ...ARGS, '--keep', 'best thermostats', '--force']);
  assert.match(kept.out, /kept by --keep: line 6 "Read also: The best thermostats"/);
  assert.match(readFileSync(join(dir, 'sources/ac-test.mdx'), 'utf8'), /^## Read also: The best thermostats$/m);
});
