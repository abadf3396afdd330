import { test, expect, type Page, type Request } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join } from 'node:path';
import { builtPageChunks, builtPages, DIST } from './built-pages.ts';
import { watchProblems } from './page-problems.ts';
import { basePath } from '../../src/lib/site/deploy-env.ts';
import { PER_PAGE } from '../../src/lib/lists/paginate.ts';

// Every built page's first load, in one visit each (one load serves every
// check, so the sweep's time is one page load a page):
// - performance budgets, decoded bytes: HTML + CSS + JS + fonts ≤ 50 KB, of
//   which JS ≤ 10 KB; no request leaves the origin, nothing of search loads,
//   and nothing shifts while loading;
// - a Content-Security-Policy without 'unsafe-inline' for scripts, no CSP
//   violation, no console error, HTTP 200 (csp.spec.ts runs the interactive parts
//   under the CSP);
// - no horizontal scroll at 320 px (a phone's narrowest width).
const PAGE_TOTAL = 50 * 1024;
/** A claim card framed in other sites' pages loads far less (issue 11). */
const EMBED_TOTAL = 15 * 1024;
const JS = 10 * 1024;
const figures: string[] = [];
const PHONE_VIEWPORT = { width: 390, height: 844 };

// A phone's viewport, as Lighthouse's mobile run uses: what shifts there is in view.
test.use({ viewport: PHONE_VIEWPORT });

test.afterAll(() => {
  if (figures.length) console.log(`first-load budget (decoded):\n${figures.sort().join('\n')}`);
});

/**
 * From the next navigation on, sums the page's layout shifts (not those
 * following input, nor those of blank text alone) into window.__cls and describes what moved in
 * window.__shifted, for the test to read back.
 */
async function observeShifts(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __cls: number; __shifted: string[] };
    w.__cls = 0;
    w.__shifted = [];
    type Shift = PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: { node?: Node }[] };
    const blank = (n?: Node) => n?.nodeType === Node.TEXT_NODE && !n.textContent?.trim();
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as Shift[]) {
        if (e.hadRecentInput) continue;
        // A space between two inline elements that ends the HTML parsed so far
        // is laid out at its line's end, and Chrome reports it moved when the
        // next element arrives, even with the same rect before and after. It
        // has no ink: nothing a reader sees moved. (Prose by editors is full of
        // them; any other node in the entry still counts.)
        if (e.sources?.length && e.sources.every((s) => blank(s.node))) continue;
        w.__cls += e.value;
        for (const s of e.sources ?? [])
          w.__shifted.push(
            (s.node as Element | undefined)?.outerHTML?.slice(0, 100) ??
              `${s.node?.nodeName} "${s.node?.textContent?.trim().slice(0, 60)}" in <${s.node?.parentElement?.className}>`,
          );
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/**
 * After the load event, waits until no request has been in flight for 200 ms:
 * what a page fetches late (fonts found by layout, anything lazy) is counted.
 * Playwright's networkidle waits 500 ms, which across every page was a third
 * of the sweep.
 */
async function quiet(page: Page, ms = 200) {
  const inFlight = new Set<Request>();
  let last = Date.now();
  const start = (r: Request) => void (inFlight.add(r), (last = Date.now()));
  const end = (r: Request) => void (inFlight.delete(r), (last = Date.now()));
  page.on('request', start);
  page.on('requestfinished', end);
  page.on('requestfailed', end);
  try {
    while (inFlight.size || Date.now() - last < ms) await page.waitForTimeout(50);
  } finally {
    page.off('request', start);
    page.off('requestfinished', end);
    page.off('requestfailed', end);
  }
}

// Eight pages to a test, loaded one after another in one browser page with the
// HTTP cache off (as DevTools' "Disable cache"), so each load is a first visit
// whose every byte is fetched and counted, without a new browser page per page.
const CHUNK = 8;

for (const chunk of builtPageChunks(CHUNK)) {
  test(`first load: ${chunk.name}`, async ({ page, baseURL }) => {
    test.setTimeout(CHUNK * 10_000);
    const origin = new URL(baseURL!).origin;
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    let path = '';
    let foreign: string[] = [];
    let searchLoads: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(origin) && !r.url().startsWith('data:')) foreign.push(r.url());
      if (/\/pagefind\/|header-search|search-page/.test(r.url()) && !path.startsWith('search/')) searchLoads.push(r.url());
    });
    const errors = await watchProblems(page);
    await observeShifts(page);
    for (const item of chunk.items) {
      [path, foreign, searchLoads] = [item, [], []];
      errors.length = 0;
      const at = `/${path}: `;
      const TOTAL = /(^|\/)embed\/$/.test(path) ? EMBED_TOTAL : PAGE_TOTAL;
      await page.setViewportSize(PHONE_VIEWPORT);
      const response = await page.goto(path);
      await quiet(page);
      if (path !== '404.html') expect.soft(response?.status(), `${at}HTTP status`).toBe(200);
      const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
      const scriptSrc = csp?.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
      expect.soft(scriptSrc, `${at}a script-src without unsafe-inline`).toMatch(/^\s*script-src /);
      expect.soft(scriptSrc, `${at}a script-src without unsafe-inline`).not.toContain("'unsafe-inline'");
      const m = await page.evaluate(() => {
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
        const res = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
        const kind = (r: PerformanceResourceTiming) =>
          r.initiatorType === 'script' || /\.m?js(\?|$)/.test(r.name)
            ? 'js'
            : /\.css(\?|$)/.test(r.name)
              ? 'css'
              : /\.(woff2?|ttf|otf)(\?|$)/.test(r.name)
                ? 'font'
                : 'other';
        const sum = (k: string) => res.filter((r) => kind(r) === k).reduce((n, r) => n + r.decodedBodySize, 0);
        // Inline scripts count as JS too (they are part of the HTML bytes already; reported apart).
        const inlineJs = [...document.querySelectorAll('script:not([src]):not([type="application/ld+json"])')].reduce(
          (n, s) => n + (s.textContent?.length ?? 0),
          0,
        );
        const w = window as unknown as { __cls: number; __shifted: string[] };
        return { html: nav.decodedBodySize, css: sum('css'), js: sum('js'), font: sum('font'), inlineJs, cls: w.__cls, shifted: w.__shifted };
      });
      const total = m.html + m.css + m.js + m.font;
      // A list page of the seed is short; a longer story fills it to its page
      // size (src/lib/lists/paginate.ts). Project the page at full size from its own
      // items' mean size, so the page sizes are ones the budget allows.
      const lists = await page.evaluate(() =>
        [...new Set([...document.querySelectorAll<HTMLElement>('[data-list]')].map((l) => l.dataset.list!))].map((kind) => {
          const items = [...document.querySelectorAll(`[data-list="${kind}"] > li`)].map((li) => new TextEncoder().encode(li.outerHTML).length);
          return { kind, n: items.length, mean: items.reduce((a, b) => a + b, 0) / items.length };
        }),
      );
      const sized = lists.map((l) => ({ ...l, size: PER_PAGE[l.kind as keyof typeof PER_PAGE] }));
      const full = sized.reduce((sum, l) => sum + Math.max(0, l.size - l.n) * l.mean, total);
      const js = m.js + m.inlineJs;
      figures.push(
        `${(total / 1024).toFixed(1).padStart(5)} KB  (html ${(m.html / 1024).toFixed(1)}, css ${(m.css / 1024).toFixed(1)}, js ${(js / 1024).toFixed(1)}, fonts ${(m.font / 1024).toFixed(1)})  /${path}`,
      );
      expect.soft(errors, `${at}console errors and CSP violations`).toEqual([]);
      expect.soft(foreign, `${at}requests to other origins`).toEqual([]);
      expect.soft(searchLoads, `${at}search loaded before use`).toEqual([]);
      expect.soft(m.cls, `${at}cumulative layout shift; moved: ${m.shifted.join(' | ')}`).toBe(0);
      expect.soft(js, `${at}JS on first load: ${js} bytes`).toBeLessThanOrEqual(JS);
      expect.soft(total, `${at}first load: ${total} bytes`).toBeLessThanOrEqual(TOTAL);
      for (const l of sized)
        figures.push(`${(full / 1024).toFixed(1).padStart(5)} KB  full page: ${l.size} ${l.kind} of ${(l.mean / 1024).toFixed(2)} KB  /${path}`);
      expect
        .soft(
          full,
          `${at}a full page (${sized.map((l) => `${l.size} ${l.kind}`).join(', ')}) would load ${Math.round(full)} bytes: lower the page size in src/lib/lists/paginate.ts`,
        )
        .toBeLessThanOrEqual(TOTAL);

      await page.setViewportSize({ width: 320, height: 640 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect.soft(overflow, `${at}horizontal scroll at 320 px`).toBeLessThanOrEqual(0);
    }
  });
}

// A slow device paints a page while still parsing it. Stop the HTML at points
// where a half-parsed page once differed from the whole one, let it paint, then
// send the rest: nothing may move. The header shows only once it is complete
// (global.css); a passage number is drawn from the gutter's edge; share
// buttons are top-aligned; a status badge and a filter label are as tall
// before their words or chips arrive as after; a short page's footer no longer
// sits at the viewport's bottom, growing upwards as it arrives.
// Its own server on a free port, as the test server sends whole files. What
// moves is decided by the templates and their CSS, the same for any story, so
// the second story's run (test:story) leaves these out.
test.describe('nothing shifts while a page is still arriving', { tag: '@same-in-any-story' }, () => {
  const base = basePath(process.env);
  const fileOf = (page: string) => join(DIST, page === '' || page.endsWith('/') ? `${page}index.html` : page);
  const firstClaim = builtPages().find((p) => /^claims\/[^/]+\/$/.test(p))!;
  const firstText = builtPages().find((p) => /^sources\/[^/]+\/$/.test(p) && readFileSync(fileOf(p), 'utf8').includes('class="passage-link"'))!;
  /** A page (as builtPages names it), where to start looking, and the nth `before` (or the end of `after`) from there. */
  const cuts: ({ page: string; from: string; what: string; height?: number } & ({ before: string; n: number } | { after: RegExp }))[] = [
    ...(
      [
        ['<nav', 1, "the header's nav"],
        ['<li', 3, "the nav's third item"],
        ['<form', 1, 'the search form'],
        ['<input', 1, 'the search input'],
        ['<button', 1, 'the theme button'],
      ] as const
    ).map(([before, n, what]) => ({ page: '', from: '<header class="site-header"', before, n, what })),
    { page: firstClaim, from: 'class="status-badge', before: '</span>', n: 1, what: "the word after a status badge's dot" },
    // Between a passage link's two parts, whichever comes first: the other must not move it.
    { page: firstText, from: 'class="passage-link"', after: /<\/(svg|span)>/, what: "a passage link's second part" },
    { page: firstClaim, from: 'data-copy-target="embed-code"', before: '<svg', n: 1, what: "a share button's icon and word", height: 2000 },
    { page: 'claims/', from: 'id="facet-status"', before: '<button', n: 1, what: "a filter row's chips" },
    // In a window taller than the page, where a footer held at the bottom would grow upwards.
    { page: '404.html', from: '<footer', before: '<nav', n: 1, what: "a short page's footer links", height: 2000 },
  ];
  const types: Record<string, string> = { '.css': 'text/css', '.js': 'text/javascript', '.svg': 'image/svg+xml', '.json': 'application/json' };
  let gate: Promise<void> = Promise.resolve();
  let held = { path: '', html: Buffer.alloc(0), cut: 0 };
  let server: Server;
  test.beforeAll(async () => {
    server = createServer(async (req, res) => {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      if (path === held.path) {
        res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
        res.write(held.html.subarray(0, held.cut));
        await gate;
        res.end(held.html.subarray(held.cut));
        return;
      }
      try {
        res.writeHead(200, { 'Content-Type': types[extname(path)] ?? 'application/octet-stream' }).end(readFileSync(join(DIST, path.slice(base.length))));
      } catch {
        res.writeHead(404).end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, resolve));
  });
  test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  for (const width of [390, 1280]) {
    for (const c of cuts) {
      test(`${width}px, /${c.page} stopped before ${c.what}`, async ({ page }) => {
        const html = readFileSync(fileOf(c.page));
        const text = html.toString('latin1');
        let cut = text.indexOf(c.from);
        expect(cut, `${c.from} in /${c.page}`).toBeGreaterThan(0);
        if ('after' in c) {
          const m = c.after.exec(text.slice(cut));
          cut = m ? cut + m.index + m[0].length : -1;
        } else for (let i = 0; i < c.n; i++) cut = text.indexOf(c.before, cut + 1);
        expect(cut, `the cut after ${c.from} in /${c.page}`).toBeGreaterThan(0);
        held = { path: `${base}${c.page}`, html, cut };
        let release!: () => void;
        gate = new Promise((resolve) => (release = resolve));
        await page.setViewportSize({ width, height: c.height ?? 844 });
        await observeShifts(page);
        const loaded = page.goto(`http://localhost:${(server.address() as AddressInfo).port}${held.path}`);
        // The half-parsed page, painted: no new element for three frames.
        await page.waitForFunction(() => document.querySelector('.site-header'));
        await page.evaluate(
          () =>
            new Promise<void>((resolve) => {
              let n = -1;
              let same = 0;
              const frame = () => {
                const m = document.getElementsByTagName('*').length;
                same = m === n ? same + 1 : 0;
                n = m;
                if (same >= 3) resolve();
                else requestAnimationFrame(frame);
              };
              frame();
            }),
        );
        release();
        await loaded;
        await expect(page.locator('.site-header .site-name')).toBeVisible();
        // A frame and a task more, so the observer has seen every shift.
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve))));
        const m = await page.evaluate(() => {
          const w = window as unknown as { __cls: number; __shifted: string[] };
          return { cls: w.__cls, shifted: w.__shifted };
        });
        expect(m.cls, `cumulative layout shift; moved: ${m.shifted.join(' | ')}`).toBe(0);
      });
    }
  }
});
