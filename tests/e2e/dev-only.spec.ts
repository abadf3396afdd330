// The editor's quote panel (src/components/dev/QuoteToClaim.astro) is for
// `npm run dev` only: no page, style or script of a production build has it.
import { test, expect } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from './built-pages.ts';

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
}

test('no file of the build carries the dev-only quote panel', () => {
  const shipped = files(DIST).filter((f) => /\.(html|js|css)$/.test(f));
  expect(shipped.length).toBeGreaterThan(20);
  const found = shipped.filter((f) => /quote-to-claim|QuoteToClaim|Start a claim \(dev only\)/.test(readFileSync(f, 'utf8')));
  expect(found).toEqual([]);
});
