// npm run measure:facets [-- dist-folder]: what listing every filter value costs
// in the browser (the search page's filter counts, src/lib/search/facet-counts.ts):
// the values, the pages listed in all, and the milliseconds, on a built site.
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../tests/e2e/browser.ts';
import { staticServer } from './lib/static-server.ts';

const dist = process.argv[2] ?? 'dist';
const server = await staticServer(dist, 4397);
const browser = await chromium.launch(chromiumLaunchOptions());
try {
  const page = await browser.newPage();
  await page.goto(`${server.url}search/`);
  const r = await page.evaluate(async () => {
    const pf = await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`);
    await pf.init();
    const all = (await pf.filters()) as Record<string, Record<string, number>>;
    const start = performance.now();
    let pages = 0;
    for (const [facet, values] of Object.entries(all))
      for (const v of Object.keys(values)) pages += (await pf.search(null, { filters: { [facet]: [v] } })).results.length;
    return { ms: performance.now() - start, values: Object.values(all).reduce((n, v) => n + Object.keys(v).length, 0), pages };
  });
  console.log(`${dist}: ${r.values} filter values list ${r.pages} pages in ${r.ms.toFixed(0)} ms`);
} finally {
  await browser.close();
  await server.close();
}
