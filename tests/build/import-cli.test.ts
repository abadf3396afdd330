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
