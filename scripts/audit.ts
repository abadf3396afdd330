// npm run audit — Lighthouse (mobile settings, its default) in the system
// Chromium on the home page, a claim page, the timeline, a source page and
// /search/, served from dist/ (or DIST) on port 4341. Prints the four
// category scores and the core metrics per page; exits 1 below 100
// accessibility, best practices or SEO, or on any layout shift. The
// performance score is printed, not enforced: it measures time, which other
// work on the machine changes (a loaded 2-core CI box scored the home page 91
// and an idle one 100 on the same build); the byte budgets in
// tests/e2e/every-page.spec.ts are what keep pages light.
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { staticServer } from './lib/static-server.ts';
import { routes } from '../src/lib/site/paths.ts';
import { CHROMIUM_FLAGS, chromiumLaunchOptions } from '../tests/e2e/browser.ts';

// One page of each kind, taken from the build's own claims.json, so any story works.
const DIST = process.env.DIST ?? 'dist';
const first = (JSON.parse(readFileSync(join(DIST, routes.claimsJson()), 'utf8')) as { claims: { id: string; evidence: { source: string }[] }[] }).claims[0]!;
const PAGES = [routes.home(), routes.claim(first.id), routes.timeline(), routes.source(first.evidence[0]!.source), routes.search()].map((p) => p.slice(1));
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const MIN: Partial<Record<(typeof CATEGORIES)[number], number>> = { accessibility: 100, 'best-practices': 100, seo: 100 };

// A port of its own: 4321 is where `npm start` and `npm run preview` serve, and
// the audit must neither collide with nor measure such a server. Lighthouse's
// SEO audits do not need the canonical links' origin (same host, other port).
const PORT = 4341;
const server = await staticServer(DIST, PORT);
const chrome = await chromeLauncher.launch({
  chromePath: chromiumLaunchOptions(process.env, true).executablePath,
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', ...CHROMIUM_FLAGS],
});
let failed = false;
try {
  console.log(`${'page'.padEnd(58)} perf  a11y  bp   seo   FCP     LCP     TBT    CLS`);
  for (const path of PAGES) {
    const result = await lighthouse(`${server.url}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
    const lhr = result!.lhr;
    const score = (k: (typeof CATEGORIES)[number]) => Math.round((lhr.categories[k]?.score ?? 0) * 100);
    const metric = (id: string) => lhr.audits[id]?.displayValue ?? '?';
    const scores = CATEGORIES.map((k) => score(k));
    console.log(
      `/${path}`.padEnd(58) +
        scores.map((s) => String(s).padEnd(6)).join('') +
        [metric('first-contentful-paint'), metric('largest-contentful-paint'), metric('total-blocking-time'), metric('cumulative-layout-shift')]
          .map((m) => m.padEnd(8))
          .join(''),
    );
    const cls = Number(lhr.audits['cumulative-layout-shift']?.numericValue ?? 0);
    if (cls > 0) {
      failed = true;
      console.log(`  layout shift ${cls}: nothing may move while the page loads`);
    }
    for (const k of CATEGORIES) {
      const min = MIN[k];
      if (min !== undefined && score(k) < min) {
        failed = true;
        const misses = Object.values(lhr.audits).filter(
          (a) => a.score !== null && a.score < 1 && lhr.categories[k]?.auditRefs.some((r) => r.id === a.id && r.weight > 0),
        );
        console.log(`  ${k} ${score(k)} < ${min}: ${misses.map((a) => a.id).join(', ')}`);
      }
    }
  }
} finally {
  chrome.kill();
  await server.close();
}
process.exit(failed ? 1 : 0);
