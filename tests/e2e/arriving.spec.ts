import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join } from 'node:path';
import { builtPages, DIST } from './built-pages.ts';
import { observeShifts, shifts } from './first-load.ts';
import { basePath } from '../../src/lib/site/deploy-env.ts';
import { TYPES } from '../../scripts/lib/static-server.ts';

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
  const all = builtPages();
  const firstClaim = all.find((p) => /^claims\/[^/]+\/$/.test(p))!;
  const firstText = all.find((p) => /^sources\/[^/]+\/$/.test(p) && readFileSync(fileOf(p), 'utf8').includes('class="passage-link"'))!;
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
        res.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(readFileSync(join(DIST, path.slice(base.length))));
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
        const m = await shifts(page);
        expect(m.cls, `cumulative layout shift; moved: ${m.shifted.join(' | ')}`).toBe(0);
      });
    }
  }
});
