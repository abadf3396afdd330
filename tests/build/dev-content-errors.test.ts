// In `npm run dev`, a content mistake shows the build's report in the
// browser's error overlay, at the content file, and the page comes back once
// the file is fixed; an explainer that imports code never runs it. (A build
// refusing the same mistakes: content-mistakes.test.ts.)
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../e2e/browser.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const PORT = Number(process.env.DEV_ERRORS_PORT ?? 4373);
const dir = mkdtempSync(join(tmpdir(), 'explainer-dev-'));
const content = join(dir, 'content');
cpSync(join(ROOT, 'tests/fixtures/fictional-story/content'), content, { recursive: true });
const marker = join(dir, 'ran.txt');
const explainer = join(content, 'explainers/method.mdx');
const method = readFileSync(explainer, 'utf8');
const claimFile = join(content, 'claims', 'board-asked-for-ticket-records.yaml');

// Broken before the server starts: an explainer whose import would write a file.
writeFileSync(explainer, method.replace(/\n---\n/, `\n---\n\nimport fs from "node:fs"\nexport const x = fs.writeFileSync(${JSON.stringify(marker)}, "ran")\n`));

const dev = spawn(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(PORT)], {
  cwd: ROOT,
  env: { ...process.env, CONTENT_ROOT: content, ASTRO_CACHE_DIR: join(dir, 'cache'), NO_COLOR: '1' },
  stdio: 'ignore',
});
after(() => {
  dev.kill();
  rmSync(dir, { recursive: true, force: true });
});

/** The server answers (a page with a content problem answers too: with the overlay). */
async function ready(url: string, ms = 60_000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (
      await fetch(url).then(
        () => true,
        () => false,
      )
    )
      return;
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`astro dev did not answer at ${url}`);
}

/** The error overlay's text, or '' when the page rendered; undefined while Vite reloads the page (it does on first visits). */
async function overlay(page: Page, url: string): Promise<string | undefined> {
  try {
    await page.goto(url);
    await page.waitForLoadState('networkidle');
  } catch {
    return undefined;
  }
  return page.evaluate(
    () => document.querySelector('vite-error-overlay')?.shadowRoot?.querySelector('#message-content, .message, pre')?.closest('div')?.textContent ?? '',
  );
}

/** Waits for the overlay to say (or stop saying) something: the dev server picks up a saved file within a moment. */
async function until(page: Page, url: string, ok: (text: string) => boolean): Promise<string> {
  let text = '';
  for (let i = 0; i < 30; i++) {
    text = (await overlay(page, url)) ?? text;
    if (ok(text)) return text;
    await new Promise((r) => setTimeout(r, 500));
  }
  return text;
}

test('in dev, a broken content file shows the report at its file, code in content never runs, and the page recovers when fixed', async () => {
  const url = `http://localhost:${PORT}/claims/`;
  await ready(url);
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const page = await browser.newPage();
    let text = await until(page, url, (t) => t.includes('Content check failed'));
    assert.match(text, /explainers\/method\.mdx → body, line \d+: `?import fs from "node:fs"`? is code/);
    assert.doesNotMatch(text, /\n\s+at /, 'no stack trace in the report');
    assert.equal(existsSync(marker), false, 'the import never ran');

    writeFileSync(explainer, method);
    text = await until(page, url, (t) => t === '');
    assert.equal(text, '', 'fixed: the page renders');
    assert.match((await page.locator('h1').first().textContent()) ?? '', /claims/i);

    // Broken while the server runs, as an editor would: a key written twice.
    const claim = readFileSync(claimFile, 'utf8');
    writeFileSync(claimFile, claim.replace(/^(status: .*)$/m, '$1\n$1'));
    text = await until(page, url, (t) => t.includes('Content check failed'));
    assert.match(text, /claims\/board-asked-for-ticket-records\.yaml → status: is written twice/);

    writeFileSync(claimFile, claim);
    assert.equal(await until(page, url, (t) => t === ''), '');
    assert.equal(existsSync(marker), false);
  } finally {
    await browser.close();
  }
});
