import { test, expect, type Page } from '@playwright/test';
import { builtPageChunks } from './built-pages.ts';

// Every page loads under its Content-Security-Policy with no violation and no
// console error; search (Pagefind's worker and WebAssembly) runs under it too.
async function watch(page: Page) {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`error: ${e.message}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
  return problems;
}

// One test per chunk of pages, so no test's time grows with the site.
for (const chunk of builtPageChunks(8)) {
  test(`every page has a CSP without unsafe-inline for scripts, and loads without violations or errors: ${chunk.name}`, async ({ page }) => {
    const problems = await watch(page);
    for (const path of chunk.items) {
      const response = await page.goto(path, { waitUntil: 'networkidle' });
      const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
      const scriptSrc = csp?.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
      if (!scriptSrc || scriptSrc.includes("'unsafe-inline'")) problems.push(`/${path}: script-src is "${scriptSrc}"`);
      if (path !== '404.html' && response?.status() !== 200) problems.push(`/${path}: HTTP ${response?.status()}`);
    }
    expect(problems).toEqual([]);
  });
}

test('search, previews, sharing and theme all work under the CSP', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const problems = await watch(page);
  await page.goto('claims/negotiations-were-ongoing/');
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await page.getByRole('button', { name: 'Copy link' }).click();
  await page.keyboard.press('/');
  await page.keyboard.type('door locks');
  await expect(page.getByRole('option').first()).toBeVisible();
  await page.goto('search/?q=privacy&type=claim');
  await expect(page.locator('[data-search-results] a.result-link').first()).toBeVisible();
  await page.goto('explainers/why-ecobee-said-no/');
  await page.locator('[data-preview-marker]').first().click();
  await page.goto('claims/?status=analysis');
  await page.goto('sources/verge-2021-04-15-amazon-ecobee/?highlight=temperature#p-2');
  await expect(page.locator('mark.search-hit').first()).toBeVisible();
  expect(problems).toEqual([]);
});
