// System Chromium for Playwright: it cannot download its own browser here.
// CHROMIUM_PATH overrides the Debian default; the flags keep it off the network.
import type { LaunchOptions } from '@playwright/test';
import { existsSync } from 'node:fs';

export const CHROMIUM_FLAGS = ['--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'];

export function chromiumLaunchOptions(env: Record<string, string | undefined> = process.env): LaunchOptions {
  const executablePath = env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    throw new Error(
      `Chromium not found at ${executablePath}. Install it (Debian: sudo apt-get install chromium), ` +
        'set CHROMIUM_PATH to another Chromium, or run `bash .ci/run`, which installs it.',
    );
  }
  return { executablePath, args: CHROMIUM_FLAGS };
}
