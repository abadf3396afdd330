import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/e2e/browser.ts';
import { basePath } from './src/lib/deploy-env.ts';

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
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://localhost:${PORT}${BASE}`,
    launchOptions: chromiumLaunchOptions(),
    trace: 'retain-on-failure',
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], channel: undefined } },
  ],
  webServer: {
    command: `node scripts/serve-dist.ts --dir ${DIST} --base ${BASE} --port ${PORT}`,
    url: `http://localhost:${PORT}${BASE}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
