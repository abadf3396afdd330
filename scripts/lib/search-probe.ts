// Measures search the way a reader meets it, in Chromium: bytes a page loads
// first, then bytes and milliseconds for a first and a second search typed
// into the header field. Shared by `npm run measure:search` and `npm run bench`.
import { chromium, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../../tests/e2e/browser.ts';
import type { Counter } from './static-server.ts';

export interface SearchProbe {
  page: Counter;
  firstSearch: Counter & { ms: number };
  secondSearch: Counter & { ms: number };
}

async function typeAndTime(page: Page, query: string, keyDelay: number): Promise<number> {
  const input = page.locator('[data-site-search] input');
  await input.fill('');
  await input.focus();
  // Time from the last keystroke to the results for the whole query drawn, measured in the
  // page: words in progress may be searched and drawn on the way, and those do not count.
  await page.evaluate((q) => {
    const w = window as unknown as { __shownAt?: Promise<number>; __last?: number };
    const form = document.querySelector<HTMLElement>('[data-site-search]')!;
    delete form.dataset.shown;
    w.__shownAt = new Promise((resolve) => {
      const obs = new MutationObserver(() => {
        if (form.dataset.shown === q) {
          obs.disconnect();
          resolve(performance.now());
        }
      });
      obs.observe(form, { attributes: true, attributeFilter: ['data-shown'] });
    });
    form.querySelector('input')!.addEventListener('keydown', () => (w.__last = performance.now()));
  }, query.trim());
  await page.keyboard.type(query, { delay: keyDelay });
  return page.evaluate(async () => {
    const w = window as unknown as { __shownAt: Promise<number>; __last: number };
    return (await w.__shownAt) - w.__last;
  });
}

/**
 * `reset` returns the server's byte counter since the last reset (see
 * static-server.ts). `keyDelay`: milliseconds between keys: 30, faster than
 * anyone types, where most prefixes are overtaken before they are searched;
 * 150, about 70 words a minute, where each prefix of three letters or more may
 * be searched as it grows (see pauseFor) and load index chunks the finished
 * word does not need.
 */
export async function probeSearch(pageUrl: string, reset: () => Counter, first = 'door locks', second = 'privacy', keyDelay = 30): Promise<SearchProbe> {
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const page = await browser.newPage();
    reset();
    await page.goto(pageUrl, { waitUntil: 'networkidle' });
    const loaded = reset();
    const firstMs = await typeAndTime(page, first, keyDelay);
    await page.waitForLoadState('networkidle');
    const firstSearch = { ...reset(), ms: firstMs };
    const secondMs = await typeAndTime(page, second, keyDelay);
    await page.waitForLoadState('networkidle');
    return { page: loaded, firstSearch, secondSearch: { ...reset(), ms: secondMs } };
  } finally {
    await browser.close();
  }
}
