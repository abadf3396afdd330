// Chromium through Playwright, the runner of every other browser test here.
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../e2e/browser.ts';
import { reportLog, type Engine } from './driver.ts';

/** What is missing to run Chromium here, and how to install it; undefined when nothing is. */
export function chromiumMissing(): string | undefined {
  try {
    chromiumLaunchOptions();
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

/** `origins`: the sites under test; a request anywhere else is reported. */
export async function launchChromium(origins: readonly string[]): Promise<Engine> {
  const browser = await chromium.launch(chromiumLaunchOptions());
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const log = reportLog(origins);
  page.on('console', (m) => log.console(m.type(), m.text()));
  page.on('pageerror', (e) => log.pageError(e.message));
  page.on('request', (r) => log.request(r.url()));
  return {
    name: 'chromium',
    version: `Chromium ${browser.version()}`,
    goto: async (url) => void (await page.goto(url)),
    reload: async () => void (await page.reload()),
    run: (fn, ...args) => page.evaluate(`(${fn.toString()})(...${JSON.stringify(args)})`),
    click: (selector) => page.locator(selector).first().click(),
    hover: (selector) => page.locator(selector).first().hover(),
    press: (key) => page.keyboard.press(key),
    type: (text) => page.keyboard.type(text),
    screenshot: async (path) => void (await page.screenshot({ path })),
    drain: log.drain,
    close: () => browser.close(),
  };
}
