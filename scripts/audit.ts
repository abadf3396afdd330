// npm run audit — Lighthouse (mobile settings, its default) in the system
// Chromium on the home page, a claim page, the timeline, a source page and
// /search/, served from dist/ on the site's own origin. Prints the four
// category scores and the core metrics per page; exits 1 below 95
// performance or below 100 accessibility, best practices or SEO.
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { staticServer } from './lib/static-server.ts';
import { CHROMIUM_FLAGS, chromiumLaunchOptions } from '../tests/e2e/browser.ts';
import { siteUrl } from '../src/lib/deploy-env.ts';

const PAGES = ['', 'claims/amazon-asked-ecobee-for-data-when-alexa-not-in-use/', 'timeline/', 'sources/verge-2021-04-15-amazon-ecobee/', 'search/'];
const MIN = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 } as const;

// Served on the origin the build's canonical links name, so SEO sees them as its own.
const port = Number(new URL(siteUrl(process.env)).port || 80);
const server = await staticServer('dist', port);
const chrome = await chromeLauncher.launch({
  chromePath: chromiumLaunchOptions().executablePath,
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', ...CHROMIUM_FLAGS],
});
let failed = false;
try {
  console.log(`${'page'.padEnd(58)} perf  a11y  bp   seo   FCP     LCP     TBT    CLS`);
  for (const path of PAGES) {
    const result = await lighthouse(`${server.url}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: Object.keys(MIN) });
    const lhr = result!.lhr;
    const score = (k: keyof typeof MIN) => Math.round((lhr.categories[k]?.score ?? 0) * 100);
    const metric = (id: string) => lhr.audits[id]?.displayValue ?? '?';
    const scores = (Object.keys(MIN) as (keyof typeof MIN)[]).map((k) => score(k));
    console.log(`/${path}`.padEnd(58) + scores.map((s) => String(s).padEnd(6)).join('') + [metric('first-contentful-paint'), metric('largest-contentful-paint'), metric('total-blocking-time'), metric('cumulative-layout-shift')].map((m) => m.padEnd(8)).join(''));
    for (const k of Object.keys(MIN) as (keyof typeof MIN)[]) {
      if (score(k) < MIN[k]) {
        failed = true;
        const misses = Object.values(lhr.audits).filter((a) => a.score !== null && a.score < 1 && lhr.categories[k]?.auditRefs.some((r) => r.id === a.id && r.weight > 0));
        console.log(`  ${k} ${score(k)} < ${MIN[k]}: ${misses.map((a) => a.id).join(', ')}`);
      }
    }
  }
} finally {
  chrome.kill();
  await server.close();
}
process.exit(failed ? 1 : 0);
