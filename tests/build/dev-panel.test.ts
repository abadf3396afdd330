// The editor's panel on source pages exists in `npm run dev` only: selected
// words become the claim file, placed as the build places quotes, or the
// build's refusal. (That a production build has none of it: tests/e2e/dev-only.spec.ts.)
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { resolve, join } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../e2e/browser.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const STORY = join(ROOT, 'tests/fixtures/fictional-story/content');
const PORT = Number(process.env.DEV_PANEL_PORT ?? 4371);
const SOURCE = 'pellowick-gazette-2025-03-ferry-row';

const dev = spawn(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(PORT)], {
  cwd: ROOT,
  env: { ...process.env, CONTENT_ROOT: STORY, ASTRO_CACHE_DIR: join(ROOT, 'node_modules/.cache/astro-dev-panel'), NO_COLOR: '1' },
  stdio: 'ignore',
});
after(() => dev.kill());

async function ready(url: string, ms = 60_000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`astro dev did not answer at ${url}`);
}

test('in dev, selecting words on a source page gives the claim YAML, or the reason it cannot be placed', async () => {
  const url = `http://localhost:${PORT}/sources/${SOURCE}/`;
  await ready(url);
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const page = await browser.newPage();
    await page.goto(url);
    const panel = page.locator('[data-quote-to-claim]');
    const yaml = panel.locator('[data-quote-to-claim-yaml]');
    const status = panel.locator('[role="status"]');
    // A selection, then the mouse let go, once the panel's script listens. On a fresh machine Vite
    // may reload the page while it optimises dependencies on first visit, so try again after one.
    const select = async (words: string, done: () => Promise<boolean>) => {
      for (let attempt = 0; attempt < 3; attempt++) {
        await page.locator('[data-quote-to-claim][data-ready]').waitFor({ timeout: 60_000 });
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
    await browser.close();
  }
});
