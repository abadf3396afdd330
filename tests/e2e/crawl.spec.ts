import { test, expect } from '@playwright/test';
import { builtPages, chunked, idsInHtml, templatePages } from './built-pages.ts';
import { basePath } from '../../src/lib/site/deploy-env.ts';
import { watchProblems } from './page-problems.ts';

// Visits every built page, then checks every same-origin link, stylesheet,
// script and icon it references: the target must load, and a #fragment must
// name an element that exists on the target page. While a page loads, no
// console error and no CSP violation may occur: under a base path (test:base)
// this is where a wrong asset address or a blocked script shows.
//
// One test per chunk of pages, so no test's time grows with the site. A chunk
// checks the references of its own pages; a target's ids are read from its
// HTML when an anchor needs them. A target that is not a built page (a query URL such as
// /claims/?status=…) is visited and its references checked too, as no chunk
// owns it.
//
// Under a base path (test:base) the build has already refused a link to one of
// its pages written without the base (src/lib/site/internal-links.ts), so what is
// left to see is what a template decides (asset addresses, scripts, the CSP):
// one page of each template with many pages is crawled there, every page of
// the others (templatePages).
const CHUNK = 8;
const pages = basePath(process.env) === '/' ? builtPages() : templatePages();

for (const chunk of chunked(pages, CHUNK, (p) => `/${p}`)) {
  test(`no broken internal link or missing #anchor: ${chunk.name}`, async ({ page, request, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    const built = new Set(builtPages().map((p) => new URL(p, baseURL).href));
    const idsByUrl = new Map<string, Set<string>>();
    const reached = new Set<string>();
    const refs: { from: string; url: string }[] = [];
    const problems = await watchProblems(page);

    const visit = async (url: string) => {
      const response = await page.goto(url);
      const expectedStatus = url.endsWith('/404.html') ? [200, 404] : [200];
      expect(expectedStatus, `${url} answered ${response?.status()}`).toContain(response?.status());
      const found = await page.evaluate(() => ({
        ids: [...document.querySelectorAll('[id]')].map((e) => e.id),
        refs: [
          ...[...document.querySelectorAll<HTMLAnchorElement>('a[href]')].map((a) => a.href),
          ...[...document.querySelectorAll<HTMLLinkElement>('link[href]')].filter((l) => l.rel !== 'canonical').map((l) => l.href),
          ...[...document.querySelectorAll<HTMLScriptElement>('script[src]')].map((s) => s.src),
          ...[...document.querySelectorAll<HTMLImageElement>('img[src]')].map((i) => i.src),
        ],
        // A link or emphasis in the content or footer whose first or last letter
        // touches a letter of the text beside it (the space a template's line
        // break meant, lost when the HTML was compressed). Element beside element
        // is not checked: the claim markers and badges join elements by design.
        glued: [...document.querySelectorAll('main a, main strong, main em, main code, footer a, footer strong')].flatMap((el) => {
          const before = el.previousSibling?.nodeType === Node.TEXT_NODE ? el.previousSibling.textContent! : '';
          const after = el.nextSibling?.nodeType === Node.TEXT_NODE ? el.nextSibling.textContent! : '';
          const text = el.textContent ?? '';
          return (/\p{L}$/u.test(before) && /^\p{L}/u.test(text)) || (/\p{L}$/u.test(text) && /^\p{L}/u.test(after))
            ? [`${before.slice(-20)}${text}${after.slice(0, 20)}`]
            : [];
        }),
      }));
      idsByUrl.set(url.split('#')[0]!, new Set(found.ids));
      for (const g of found.glued) problems.push(`${url}: words run together: "${g}"`);
      for (const r of found.refs) if (new URL(r).origin === origin) refs.push({ from: url, url: r });
    };

    for (const path of chunk.items) await visit(new URL(path, baseURL).href);

    for (const { from, url } of refs) {
      const [bare, hash] = url.split('#') as [string, string | undefined];
      if (!idsByUrl.has(bare) && !reached.has(bare)) {
        const response = await request.get(bare);
        if (!response.ok()) {
          problems.push(`${from} → ${url}: HTTP ${response.status()}`);
          continue;
        }
        if (!(response.headers()['content-type'] ?? '').includes('text/html')) idsByUrl.set(bare, new Set());
        else if (!built.has(bare)) await visit(bare);
        else {
          reached.add(bare); // another chunk's page: that chunk checks its references
          if (hash) idsByUrl.set(bare, idsInHtml(await response.text()));
        }
      }
      // Another page's ids, read from its HTML: no need to load it in the browser.
      if (hash && !idsByUrl.has(bare)) idsByUrl.set(bare, idsInHtml(await (await request.get(bare)).text()));
      if (hash && !idsByUrl.get(bare)!.has(decodeURIComponent(hash))) problems.push(`${from} → ${url}: no element with id "${hash}"`);
    }
    expect(problems, problems.join('\n')).toEqual([]);
    expect(refs.length).toBeGreaterThan(0);
  });
}
