// System Chromium for Playwright: it cannot download its own browser here.
// CHROMIUM_PATH overrides the Debian default; the flags keep it off the network.
import type { LaunchOptions } from '@playwright/test';
import { existsSync } from 'node:fs';

export const CHROMIUM_FLAGS = ['--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'];

/**
 * Debian's Chromium built without its windowing layer (package chromium-headless-shell),
 * the build Playwright itself uses for headless runs: the browser suite took 262 s
 * with it against 403 s with the full browser on a two-core machine, same results.
 */
export const HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';
/** The full browser: Lighthouse (scripts/audit.ts) measures what a reader's Chromium does. */
export const FULL_CHROMIUM = '/usr/bin/chromium';

/** CHROMIUM_PATH, else the headless shell when installed (or when `full`, Chromium itself), else Chromium. */
export function chromiumPath(env: Record<string, string | undefined> = process.env, full = false, exists: (path: string) => boolean = existsSync): string {
  if (env.CHROMIUM_PATH) return env.CHROMIUM_PATH;
  return !full && exists(HEADLESS_SHELL) ? HEADLESS_SHELL : FULL_CHROMIUM;
}

export function chromiumLaunchOptions(env: Record<string, string | undefined> = process.env, full = false): LaunchOptions {
  const executablePath = chromiumPath(env, full);
  if (!existsSync(executablePath)) {
    throw new Error(
      `Chromium not found at ${executablePath}. Install it (Debian: sudo apt-get install chromium chromium-headless-shell), ` +
        'set CHROMIUM_PATH to another Chromium, or run `bash .ci/run`, which installs it.',
    );
  }
  return { executablePath, args: CHROMIUM_FLAGS };
}
