// What a journey needs from a browser, the same in every engine: Playwright
// drives Chromium, puppeteer-core Firefox (WebDriver BiDi), selenium-webdriver
// WebKitGTK (classic WebDriver). Input is real (pointer and keyboard events
// from the driver); everything else is JavaScript run in the page, so a
// journey reads the same whichever engine it runs in.

/**
 * A function run in the page, or the source of one. It may not use anything
 * from the test's scope: it is sent as source. (Source, not `new Function` in
 * the page: the site's CSP refuses eval, and WebKit applies it to scripts a
 * driver injects.)
 */
export type InPage<A extends unknown[], R> = ((...args: A) => R | Promise<R>) | string;

export interface Engine {
  /** "chromium", "firefox" or "webkit". */
  name: string;
  /** The browser's own name and version, for the report. */
  version: string;
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  run<A extends unknown[], R>(fn: InPage<A, R>, ...args: A): Promise<R>;
  /** A real click at the centre of the first element the CSS selector finds. */
  click(selector: string): Promise<void>;
  /** The pointer moved over the element. */
  hover(selector: string): Promise<void>;
  /** One key ("Tab", "Enter", "Escape") or a text to type. */
  press(key: 'Tab' | 'Enter' | 'Escape'): Promise<void>;
  type(text: string): Promise<void>;
  screenshot(path: string): Promise<void>;
  /**
   * Console errors, page errors and requests off `origin` the driver saw since
   * the last call (Chromium and Firefox; classic WebDriver reports none).
   */
  drain(): string[];
  close(): Promise<void>;
}

/** Collects what a driver reports: console errors, uncaught errors, requests to an origin other than the sites under test. */
export function reportLog(origins: readonly string[]) {
  let seen: string[] = [];
  return {
    console: (type: string, text: string) => type === 'error' && seen.push(`console error: ${text}`),
    pageError: (message: string) => seen.push(`page error: ${message}`),
    request: (url: string) => !origins.some((o) => url.startsWith(o)) && !/^(data|blob):/.test(url) && seen.push(`request off the origin: ${url}`),
    drain: () => {
      const out = seen;
      seen = [];
      return out;
    },
  };
}

/** Polls an in-page condition until it holds; fails with `what` after `ms`. */
export async function waitUntil<A extends unknown[]>(engine: Engine, what: string, fn: InPage<A, unknown>, args: A, ms = 8000): Promise<void> {
  const end = Date.now() + ms;
  let last: unknown;
  for (;;) {
    last = await engine.run(fn, ...args).catch((e: Error) => `error: ${e.message}`);
    if (last === true) return;
    if (Date.now() > end) throw new Error(`${engine.name}: ${what} (last seen: ${JSON.stringify(last)})`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Keys as WebDriver spells them (classic WebDriver and its actions). */
export const WEBDRIVER_KEYS = { Tab: '\uE004', Enter: '\uE007', Escape: '\uE00C' } as const;
