import { test, expect } from '@playwright/test';
import { axeViolations } from './axe.ts';
import { builtPages, chunked, idsInHtml, templatePages } from './built-pages.ts';
import { EMBED_TOTAL, JS_TOTAL, loadedBytes, observeShifts, PAGE_TOTAL, PHONE_VIEWPORT, quiet, shifts } from './first-load.ts';
import { pageLinks } from './links.ts';
import { watchProblems } from './page-problems.ts';
import { basePath } from '../../src/lib/site/deploy-env.ts';
import { PER_PAGE } from '../../src/lib/lists/paginate.ts';

// Every built page, loaded once, and every check that needs a loaded page run
// on that one load (a page load is most of each check's time):
// - its first load, on a phone, with the HTTP cache off (as DevTools' "Disable
//   cache"), so every byte is fetched and counted: HTML + CSS + JS + fonts
//   ≤ 50 KB (a claim's embed card ≤ 15 KB), of which JS ≤ 10 KB; a list page
//   projected to its full page size fits too; no request leaves the origin,
//   nothing of search loads, nothing shifts while loading; HTTP 200; a
//   Content-Security-Policy without 'unsafe-inline' for scripts, no CSP
//   violation, no console error (csp.spec.ts runs the interactive parts);
// - no horizontal scroll at 320 px (a phone's narrowest width);
// - links: every same-origin link, stylesheet, script and icon must load, and
//   a #fragment must name an element of its target; no words run together;
// - axe (WCAG 2.0–2.2 A and AA, best practices), light at desktop width, and on
//   the largest page of each template (every claim page shares one) again dark
//   at phone width, so each template meets both themes and both layouts. A
//   content problem (an empty link, a duplicate id) shows in the first scan of
//   its page; what the second adds, contrast in the other theme and the phone
//   layout, the template decides. The theme follows the system setting live,
//   so the same load serves both scans.
//
// One test per chunk of pages, so no test's time grows with the site. A chunk
// checks the references of its own pages; a target's ids are read from its
// HTML when an anchor needs them. A target that is not a built page (a query
// URL such as /claims/?status=…) is visited and its references checked too, as
// no chunk owns it.
//
// Under a base path (test:base) the build has already refused a link to one of
// its pages written without the base (src/lib/site/internal-links.ts), so what
// is left to see is what a template decides (asset addresses, scripts, the
// CSP): one page of each template with many pages is swept there, every page
// of the others (templatePages), and axe, which sees the same page under any
// base, is left out.
const CHUNK = 8;
const DESKTOP = { width: 1280, height: 900 };
const underBase = basePath(process.env) !== '/';
const built = builtPages();
const pages = underBase ? templatePages(built) : built;
/**
 * axe sees the same DOM and CSS under any base path, so test:base leaves it
 * out; the second story's run (test:story) checks what a story changes (bytes,
 * links, leaks of the seed) and leaves axe to the seed's run, to keep CI short.
 */
const scan = !underBase && !process.env.SECOND_STORY;
const secondPass = new Set(scan ? templatePages(built) : []);
const figures: string[] = [];
const kb = (n: number) => (n / 1024).toFixed(1);

test.afterAll(() => {
  if (figures.length) console.log(`first-load budget (decoded):\n${figures.sort().join('\n')}`);
});

for (const chunk of chunked(pages, CHUNK, (p) => `/${p}`)) {
  test(`every page, one load: ${chunk.name}`, async ({ page, request, baseURL }) => {
    // Up to three checks and two scans a page; generous, as a loaded machine takes several times as long.
    test.setTimeout(CHUNK * 15_000);
    const origin = new URL(baseURL!).origin;
    const builtUrls = new Set(built.map((p) => new URL(p, baseURL).href));
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
    const problems = await watchProblems(page);
    await observeShifts(page);
    const failures: string[] = [];
    const idsByUrl = new Map<string, Set<string>>();
    const refs: { from: string; url: string }[] = [];

    /** Reads the loaded page's links and ids for the link check. */
    const readLinks = async (url: string) => {
      const found = await pageLinks(page);
      idsByUrl.set(url.split('#')[0]!, new Set(found.ids));
      for (const g of found.glued) failures.push(`${url}: words run together: "${g}"`);
      for (const r of found.refs) if (new URL(r).origin === origin) refs.push({ from: url, url: r });
    };

    for (const item of chunk.items) {
      [path, foreign, searchLoads] = [item, [], []];
      const at = `/${path}: `;
      const url = new URL(path, baseURL).href;
      const TOTAL = /(^|\/)embed\/$/.test(path) ? EMBED_TOTAL : PAGE_TOTAL;
      await page.emulateMedia({ colorScheme: 'light' });
      await page.setViewportSize(PHONE_VIEWPORT);
      const response = await page.goto(path);
      await quiet(page);
      const status = response?.status();
      if (status !== 200 && !(path === '404.html' && status === 404)) failures.push(`${at}HTTP ${status}`);

      // The first load.
      const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
      const scriptSrc = csp?.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
      if (!/^\s*script-src /.test(scriptSrc) || scriptSrc.includes("'unsafe-inline'"))
        failures.push(`${at}no script-src without 'unsafe-inline': "${scriptSrc}"`);
      const m = await loadedBytes(page);
      const total = m.html + m.css + m.js + m.font;
      const js = m.js + m.inlineJs;
      figures.push(`${kb(total).padStart(5)} KB  (html ${kb(m.html)}, css ${kb(m.css)}, js ${kb(js)}, fonts ${kb(m.font)})  /${path}`);
      // A list page of the seed is short; a longer story fills it to its page
      // size (src/lib/lists/paginate.ts). Project the page at full size from its own
      // items' mean size, so the page sizes are ones the budget allows.
      const sized = m.lists.map((l) => ({ ...l, size: PER_PAGE[l.kind as keyof typeof PER_PAGE] }));
      const full = sized.reduce((sum, l) => sum + Math.max(0, l.size - l.n) * l.mean, total);
      for (const l of sized) figures.push(`${kb(full).padStart(5)} KB  full page: ${l.size} ${l.kind} of ${(l.mean / 1024).toFixed(2)} KB  /${path}`);
      const moved = await shifts(page);
      if (foreign.length) failures.push(`${at}requests to other origins: ${foreign.join(' ')}`);
      if (searchLoads.length) failures.push(`${at}search loaded before use: ${searchLoads.join(' ')}`);
      if (moved.cls !== 0) failures.push(`${at}cumulative layout shift ${moved.cls}; moved: ${moved.shifted.join(' | ')}`);
      if (js > JS_TOTAL) failures.push(`${at}JS on first load: ${js} bytes, over ${JS_TOTAL}`);
      if (total > TOTAL) failures.push(`${at}first load: ${total} bytes, over ${TOTAL}`);
      if (full > TOTAL)
        failures.push(
          `${at}a full page (${sized.map((l) => `${l.size} ${l.kind}`).join(', ')}) would load ${Math.round(full)} bytes: lower the page size in src/lib/lists/paginate.ts`,
        );

      await page.setViewportSize({ width: 320, height: 640 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (overflow > 0) failures.push(`${at}scrolls sideways by ${overflow} px at 320 px`);

      await readLinks(url);

      if (scan) {
        await page.setViewportSize(DESKTOP);
        for (const v of await axeViolations(page)) failures.push(`${at}axe (light, ${DESKTOP.width}px) ${v}`);
      }
      if (secondPass.has(path)) {
        await page.emulateMedia({ colorScheme: 'dark' });
        await page.setViewportSize(PHONE_VIEWPORT);
        for (const v of await axeViolations(page)) failures.push(`${at}axe (dark, ${PHONE_VIEWPORT.width}px) ${v}`);
      }
    }

    for (const { from, url } of refs) {
      const [bare, hash] = url.split('#') as [string, string | undefined];
      if (!idsByUrl.has(bare)) {
        const response = await request.get(bare);
        if (!response.ok()) {
          failures.push(`${from} → ${url}: HTTP ${response.status()}`);
          continue;
        }
        if (!(response.headers()['content-type'] ?? '').includes('text/html')) idsByUrl.set(bare, new Set());
        else if (!builtUrls.has(bare)) {
          const visited = await page.goto(bare);
          if (visited?.status() !== 200) failures.push(`${from} → ${bare}: HTTP ${visited?.status()}`);
          await readLinks(bare);
        } else {
          // Another chunk's page (that chunk checks its references): its ids, read from its HTML, not loaded in the browser.
          idsByUrl.set(bare, idsInHtml(await response.text()));
        }
      }
      if (hash && !idsByUrl.get(bare)!.has(decodeURIComponent(hash))) failures.push(`${from} → ${url}: no element with id "${hash}"`);
    }
    const all = [...problems, ...failures];
    expect(all, all.join('\n')).toEqual([]);
    expect(refs.length).toBeGreaterThan(0);
  });
}
