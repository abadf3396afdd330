import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/e2e/browser.ts';
import { basePath } from './src/lib/site/deploy-env.ts';

// A port of the tests' own: never 4321, where `npm start` and `npm run preview`
// serve (test:base uses 4331, the Lighthouse audit 4341).
const PORT = Number(process.env.PREVIEW_PORT ?? 4329);
const BASE = basePath(process.env);
const DIST = process.env.DIST ?? 'dist';

// The tests run against the built site (DIST, default dist/), served like a
// static host would serve it, under BASE_PATH when that is set.
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: 'list',
  use: {
    baseURL: `http://localhost:${PORT}${BASE}`,
    launchOptions: chromiumLaunchOptions(),
    trace: 'retain-on-failure',
  },
  projects: [{ name: 'desktop', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  webServer: {
    command: `node scripts/serve-dist.ts --dir ${DIST} --base ${BASE} --port ${PORT}`,
    url: `http://localhost:${PORT}${BASE}`,
    // Never reuse a server already on the port: it may serve another or an older
    // build. A busy port fails the run ("… is already used"; serve-dist names the
    // port when it cannot listen) instead of testing the wrong site.
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
