// Long lists paginate so no page grows with the corpus: the generated story
// built with small list pages (npm run build:paged, scripts/lib/paged-site.ts),
// checked file by file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { staticServer } from '../../scripts/lib/static-server.ts';
import { builtPagedSite, PAGED } from '../../scripts/lib/paged-site.ts';
import { chromiumLaunchOptions } from '../e2e/browser.ts';

test('claims, timeline and sources paginate; an event keeps its permanent link on any page', async () => {
  const dist = builtPagedSite();
  assert.deepEqual([PAGED.claims, PAGED.listPageSize], [40, 3], 'the page counts below are for 40 claims, 3 to a page');
  const html = (p: string) => readFileSync(join(dist, p, 'index.html'), 'utf8');
  // 40 claims in pages of 3: 14 pages; 4 events: 2 pages; 2 sources: 1 page.
  assert.ok(existsSync(join(dist, 'claims/page/14/index.html')));
  assert.ok(!existsSync(join(dist, 'claims/page/15')));
  assert.equal((html('claims').match(/<li data-filter-item>/g) ?? []).length, 3);
  assert.match(html('claims'), /<nav aria-label="Pages of claims"/);
  assert.match(html('claims'), /href="\/claims\/page\/2\/" rel="next"/);
  assert.match(html('claims/page/14'), /aria-current="page"[^>]*>14</);
  // The pager shows the ends and the current page's neighbours, not all 14.
  const pager = /<nav aria-label="Pages of claims"[\s\S]*?<\/nav>/.exec(html('claims/page/7'))![0];
  assert.deepEqual(
    [...pager.matchAll(/>(\d+)<\/a>/g)].map((m) => Number(m[1])),
    [1, 5, 6, 7, 8, 9, 14],
  );
  assert.equal((pager.match(/…/g) ?? []).length, 2);
  // On a paginated list the chips hand the filter to search.
  assert.match(html('claims'), /href="\/search\/\?type=claim&amp;status=/);
  assert.ok(existsSync(join(dist, 'timeline/page/2/index.html')));
  // A list page published when the list was longer leads to the list, and asks not to be indexed.
  for (const [gone, list] of [
    ['claims/page/20', '/claims/'],
    ['timeline/page/5', '/timeline/'],
  ] as const) {
    assert.match(html(gone), new RegExp(`<meta http-equiv="refresh" content="0; url=${list}">`));
    assert.match(html(gone), /<meta name="robots" content="noindex">/);
  }
  assert.ok(!existsSync(join(dist, 'timeline/page/4')), 'only the pages published are kept as redirects');
  assert.ok(!existsSync(join(dist, 'sources/page/2')));
  // Event 3 is the fourth in date order? Find an event on page 2 and a claim page linking to it.
  const page2 = html('timeline/page/2');
  const id = /<li id="event-([a-z0-9-]+)"/.exec(page2)![1];
  assert.ok(!html('timeline').includes(`id="event-${id}"`));
  // Its permanent address stays /timeline/#event-…, published and copied as such…
  const published = readFileSync(join(dist, 'published-urls.txt'), 'utf8');
  assert.match(published, new RegExp(`^/timeline/#event-${id}$`, 'm'));
  assert.match(page2, new RegExp(`data-copy-url="[^"]*/timeline/#event-${id}"`));
  assert.equal(JSON.parse(readFileSync(join(dist, 'timeline/event-pages.json'), 'utf8'))[id!], '/timeline/page/2/');
  // …and in a browser it lands on the event, on page 2.
  const server = await staticServer(dist, 4352);
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const page = await browser.newPage();
    await page.goto(`${server.url}timeline/#event-${id}`);
    await page.waitForURL(`**/timeline/page/2/#event-${id}`);
    assert.ok(await page.locator(`#event-${id}`).isVisible());
  } finally {
    await browser.close();
    await server.close();
  }
});
