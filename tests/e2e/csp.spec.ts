import { test, expect } from '@playwright/test';
import { watchProblems } from './page-problems.ts';

// Search (Pagefind's worker and WebAssembly), previews, sharing and the theme
// run under the Content-Security-Policy. That every page has one, and loads
// under it without a violation or console error, is checked on each page's
// one load in every-page.spec.ts (which test:base runs under the base path).
test('search, previews, sharing and theme all work under the CSP', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const problems = await watchProblems(page);
  await page.goto('claims/negotiations-were-ongoing/');
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await page.getByRole('button', { name: 'Copy link' }).click();
  await page.keyboard.press('/');
  await page.keyboard.type('door locks');
  await expect(page.getByRole('option').first()).toBeVisible();
  await page.goto('search/?q=privacy&type=claim');
  // The one claim that answers it is shown as the answer, above the other results.
  await expect(page.locator('[data-search-answer] a.result-link, [data-search-results] a.result-link').first()).toBeVisible();
  await page.goto('explainers/why-ecobee-said-no/');
  await page.locator('[data-preview-marker]').first().click();
  await page.goto('claims/?status=analysis');
  await page.goto('sources/verge-2021-04-15-amazon-ecobee/?highlight=temperature#p-2');
  await expect(page.locator('mark.search-hit').first()).toBeVisible();
  expect(problems).toEqual([]);
});
