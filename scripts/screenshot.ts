// npm run shots -- [path ...]: screenshots of the built site (served by
// `astro preview` on PREVIEW_PORT) at phone and desktop widths, light and dark,
// into .tmp/shots/ (full page and first screen) — for looking at changes before calling them done.
// A search URL ("/search/?q=door+locks") waits for its results.
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { chromiumLaunchOptions } from '../tests/e2e/browser.ts';
import { searchQueryOf, searchShown } from './lib/search-shown.ts';

// 4322, not the browser tests' 4329: a preview left running for shots must not
// hold their port (they refuse to reuse a server already there).
const port = process.env.PREVIEW_PORT ?? '4322';
const paths = process.argv.slice(2).length ? process.argv.slice(2) : ['/'];
const sizes = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 900 },
];
mkdirSync('.tmp/shots', { recursive: true });
const browser = await chromium.launch(chromiumLaunchOptions());
for (const scheme of ['light', 'dark'] as const) {
  for (const size of sizes) {
    const page = await browser.newPage({ viewport: size, colorScheme: scheme, deviceScaleFactor: 1 });
    for (const path of paths) {
      await page.goto(`http://localhost:${port}${path}`);
      // A search URL is pictured with its results, not the page before the search ran.
      const query = searchQueryOf(path);
      if (query !== undefined) await searchShown(page, query);
      const file = `.tmp/shots/${path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home'}-${size.name}-${scheme}.png`;
      await page.screenshot({ path: file, fullPage: true });
      // The first screen alone too: a phone's full page is too tall to read scaled down.
      await page.screenshot({ path: file.replace(/\.png$/, '-top.png') });
      console.log(file);
    }
    await page.close();
  }
}
await browser.close();
