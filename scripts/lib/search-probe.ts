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
  // Time from the last keystroke to the first result drawn, measured in the page.
  await page.evaluate(() => {
    const w = window as unknown as { __t?: Promise<number>; __last?: number };
    const listbox = document.querySelector('[data-site-search] [role=listbox]')!;
    w.__t = new Promise((resolve) => {
      const obs = new MutationObserver(() => {
        if (w.__last !== undefined && listbox.querySelector('[role=option]')) {
          obs.disconnect();
          resolve(performance.now() - w.__last);
        }
      });
      obs.observe(listbox, { childList: true, subtree: true });
    });
    document.querySelector('[data-site-search] input')!.addEventListener('keydown', () => (w.__last = performance.now()));
  });
  await page.keyboard.type(query, { delay: keyDelay });
  return page.evaluate(() => (window as unknown as { __t: Promise<number> }).__t);
}

/** `reset` returns the server's byte counter since the last reset (see static-server.ts). */
/**
 * `keyDelay`: milliseconds between keys. 30 is a fast typist, whose words in
 * progress are seldom searched; 150–200 is most readers, each of whose letters
 * may be searched (and load index chunks) before the next arrives.
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
