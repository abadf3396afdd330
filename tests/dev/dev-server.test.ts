// `npm run dev` on a copy of the invented story, one server for both tests:
// - a content mistake shows the build's report in the browser's error overlay,
//   at the content file, and the page comes back once the file is fixed; an
//   explainer that imports code never runs it (a build refusing the same
//   mistakes: content-mistakes.test.ts);
// - the editor's panel on source pages, which exists in dev only: selected
//   words become the claim file, placed as the build places quotes, or the
//   build's refusal (that a production build has none of it:
//   tests/e2e/dev-only.spec.ts).
// The first test leaves the content as it found it, so the second sees a
// healthy server.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../e2e/browser.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const PORT = Number(process.env.DEV_PORT ?? 4373);
const SOURCE = 'pellowick-gazette-2025-03-ferry-row';
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
let browser: Browser | undefined;
const newPage = async () => (browser ??= await chromium.launch(chromiumLaunchOptions())).newPage();
after(async () => {
  await browser?.close();
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
  // Vite may reload the page while it is read, too.
  return page
    .evaluate(
      () => document.querySelector('vite-error-overlay')?.shadowRoot?.querySelector('#message-content, .message, pre')?.closest('div')?.textContent ?? '',
    )
    .catch(() => undefined);
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
  const page = await newPage();
  try {
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
    await page.close();
  }
});

test('in dev, selecting words on a source page gives the claim YAML, or the reason it cannot be placed', async () => {
  const url = `http://localhost:${PORT}/sources/${SOURCE}/`;
  await ready(url);
  const page = await newPage();
  try {
    await page.goto(url);
    const panel = page.locator('[data-quote-to-claim]');
    const yaml = panel.locator('[data-quote-to-claim-yaml]');
    const status = panel.locator('[role="status"]');
    // A selection, then the mouse let go, once the panel's script listens. On a fresh machine Vite
    // optimises dependencies on first visit and may reload the page, or leave its first scripts
    // unloaded ("outdated optimize dep"): a page whose panel is not ready is loaded again.
    const select = async (words: string, done: () => Promise<boolean>) => {
      for (let attempt = 0; attempt < 3; attempt++) {
        const ready = await page
          .locator('[data-quote-to-claim][data-ready]')
          .waitFor({ timeout: 20_000 })
          .then(() => true)
          .catch(() => false);
        if (!ready) {
          await page.reload();
          continue;
        }
        await page.evaluate((w) => {
          const p = [...document.querySelectorAll('[id^="p-"]')].find((el) => el.textContent!.includes(w))!;
          const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const at = node.textContent!.indexOf(w);
            if (at < 0) continue;
            const range = document.createRange();
            range.setStart(node, at);
            range.setEnd(node, at + w.length);
            getSelection()!.removeAllRanges();
            getSelection()!.addRange(range);
            break;
          }
          document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
        }, words);
        for (let i = 0; i < 20; i++) {
          if (await done().catch(() => false)) return;
          await new Promise((r) => setTimeout(r, 100));
        }
      }
      throw new Error(`the panel did not answer the selection "${words}"; it says: ${await status.textContent()}`);
    };
    await select('offered monthly totals for each sailing', () => yaml.isVisible());
    const text = await yaml.textContent();
    assert.match(text!, /^ {2}- source: pellowick-gazette-2025-03-ferry-row\n {4}quote: "offered monthly totals for each sailing"\n {4}paragraph: 4$/m);
    assert.match(text!, /^attribution:\n {2}- \{ actor: saltmere-courier, as: citing \}$/m);
    await select('Tidewright', async () => /one word/.test((await status.textContent()) ?? ''));
    assert.match((await status.textContent())!, /"Tidewright" is one word: too short .*Fix: quote at least 3 words/);
    assert.equal(await yaml.isHidden(), true);
  } finally {
    await page.close();
  }
});
