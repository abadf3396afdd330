// The reader journeys in Chromium, Firefox and WebKit, against the built site
// (DIST, default dist/) served like a static host. `npm run test:engines`;
// ENGINES=firefox,webkit runs some. A missing browser fails with how to install it.
// The paged journey reads the generated story `npm run build:paged` builds.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { staticServer } from '../../scripts/lib/static-server.ts';
import { builtPagedSite } from '../../scripts/lib/paged-site.ts';
import { basePath, siteUrl } from '../../src/lib/site/deploy-env.ts';
import { chromiumMissing, launchChromium } from './chromium.ts';
import { firefoxMissing, launchFirefox } from './firefox.ts';
import { launchWebKit, webkitMissing } from './webkit.ts';
import { JOURNEYS, problems, type Site } from './journeys.ts';
import type { Engine } from './driver.ts';

const DIST = process.env.DIST ?? 'dist';
const BASE = basePath(process.env);
const PORT = Number(process.env.ENGINES_PORT ?? 4333);
const SHOTS = 'test-results/engines';
const ENGINES: Record<string, { launch: (origins: string[]) => Promise<Engine>; missing: () => string | undefined }> = {
  chromium: { launch: launchChromium, missing: chromiumMissing },
  firefox: { launch: launchFirefox, missing: firefoxMissing },
  webkit: { launch: () => launchWebKit(), missing: webkitMissing },
};
const wanted = (process.env.ENGINES ?? 'chromium,firefox,webkit').split(',');

const server = await staticServer(DIST, PORT, BASE);
// The generated story in pages of three (npm run build:paged), so an event lives on a later timeline page.
const paged = builtPagedSite();
const pagedServer = await staticServer(paged, PORT + 1);
const eventPages: Record<string, string> = JSON.parse(readFileSync(join(paged, 'timeline/event-pages.json'), 'utf8'));
const [laterEvent, laterPage] = Object.entries(eventPages).find(([, page]) => page !== '/timeline/')!;
const site: Site = {
  url: (route) => `${server.url}${route}`,
  canonical: (route) => new URL(BASE + route, siteUrl(process.env)).href,
  claims: JSON.parse(readFileSync(join(DIST, 'claims.json'), 'utf8')).claims,
  paged: { url: (route) => `${pagedServer.url}${route}`, laterEvent, laterPage },
};
mkdirSync(SHOTS, { recursive: true });
after(async () => {
  await Promise.all([server.close(), pagedServer.close()]);
});

for (const name of wanted) {
  const missing = ENGINES[name] ? ENGINES[name].missing() : `unknown engine "${name}" in ENGINES (use chromium, firefox, webkit)`;
  if (missing) {
    test(`${name} is installed`, () => assert.fail(missing));
    continue;
  }
  describe(name, { concurrency: false }, () => {
    let engine: Engine;
    before(async () => {
      const started = Date.now();
      engine = await ENGINES[name]!.launch([new URL(server.url).origin, new URL(pagedServer.url).origin]);
      console.log(`${name}: ${engine.version}, launched in ${Date.now() - started} ms`);
    });
    after(() => engine?.close());

    for (const journey of JOURNEYS) {
      test(journey.name, async () => {
        await journey.run(engine, site);
        assert.deepEqual(await problems(engine), [], `${name}: no script error, CSP violation or request off the origin`);
      });
    }

    test('a claim page and its embed card, screenshots for the record', async () => {
      await engine.goto(site.url(`claims/${site.claims[0]!.id}/`));
      await engine.screenshot(join(SHOTS, `${name}-claim.png`));
      await engine.goto(site.url(`claims/${site.claims[0]!.id}/embed/`));
      await engine.screenshot(join(SHOTS, `${name}-embed.png`));
    });
  });
}
