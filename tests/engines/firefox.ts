// Firefox ESR through puppeteer-core over WebDriver BiDi. Playwright's own
// Firefox build cannot be downloaded here, and its `moz-firefox` channel asks
// for BiDi commands Firefox ESR lacks (emulation.setMediaFeaturesOverride).
import { existsSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { reportLog, type Engine } from './driver.ts';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** What is missing to run Firefox here, and how to install it; undefined when nothing is. */
export function firefoxMissing(): string | undefined {
  if (!existsSync(FIREFOX))
    return `Firefox not found at ${FIREFOX}. Install it (Debian: sudo apt-get install firefox-esr), set FIREFOX_PATH, or run \`bash .ci/run\`, which installs it.`;
  return undefined;
}

/** `origins`: the sites under test; a request anywhere else is reported. */
export async function launchFirefox(origins: readonly string[]): Promise<Engine> {
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true, defaultViewport: { width: 1280, height: 900 } });
  const page = await browser.newPage();
  const log = reportLog(origins);
  page.on('console', (m) => log.console(m.type(), m.text()));
  page.on('pageerror', (e) => log.pageError((e as Error).message));
  page.on('request', (r) => log.request(r.url()));
  return {
    name: 'firefox',
    version: await browser.version(),
    goto: async (url) => void (await page.goto(url, { waitUntil: 'load' })),
    reload: async () => void (await page.reload({ waitUntil: 'load' })),
    run: (fn, ...args) => page.evaluate(`(${fn.toString()})(...${JSON.stringify(args)})`) as never,
    click: (selector) => page.click(selector),
    hover: (selector) => page.hover(selector),
    press: (key) => page.keyboard.press(key),
    type: (text) => page.keyboard.type(text),
    screenshot: async (path) => void (await page.screenshot({ path: path as `${string}.png` })),
    drain: log.drain,
    close: () => browser.close(),
  };
}
