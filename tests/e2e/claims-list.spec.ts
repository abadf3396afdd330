import { test, expect } from '@playwright/test';
import { claimsJson } from './site-env.ts';

const { claims } = claimsJson();
const visibleCards = (page: import('@playwright/test').Page) => page.locator('[data-filter-item]:visible');

test('without JS, /claims/ lists every claim, grouped by topic', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(new URL('claims/', test.info().project.use.baseURL).href);
  await expect(page.locator('[data-filter-item]')).toHaveCount(claims.length);
  await expect(visibleCards(page)).toHaveCount(claims.length);
  await expect(page.locator('[data-filters]')).toBeHidden();
  await expect(page.getByRole('heading', { level: 2, name: 'What Amazon asked for' })).toBeVisible();
  await context.close();
});

test('filter chips narrow the list, write the URL, and survive reload and back/forward', async ({ page }) => {
  await page.goto('claims/');
  const analysis = claims.filter((c) => c.status === 'analysis').length;
  const analysisAboutRegulators = claims.filter((c) => c.status === 'analysis' && c.actors.some((a) => a.id === 'antitrust-regulators')).length;
  expect(analysis).toBeGreaterThan(analysisAboutRegulators);

  await page.getByRole('button', { name: 'Analysis', exact: true }).click();
  await expect(page).toHaveURL(/\/claims\/\?status=analysis$/);
  await expect(visibleCards(page)).toHaveCount(analysis);
  await expect(page.getByRole('status').filter({ hasText: `Showing ${analysis} of ${claims.length} claims` })).toBeVisible();

  await page.getByRole('button', { name: 'Antitrust regulators' }).click();
  await expect(page).toHaveURL(/\?status=analysis&actor=antitrust-regulators$/);
  await expect(visibleCards(page)).toHaveCount(analysisAboutRegulators);

  await page.reload();
  await expect(visibleCards(page)).toHaveCount(analysisAboutRegulators);
  await expect(page.getByRole('button', { name: 'Analysis', exact: true })).toHaveAttribute('aria-pressed', 'true');

  await page.goBack();
  await expect(page).toHaveURL(/\?status=analysis$/);
  await expect(visibleCards(page)).toHaveCount(analysis);
  await page.goBack();
  await expect(visibleCards(page)).toHaveCount(claims.length);
  await page.goForward();
  await expect(visibleCards(page)).toHaveCount(analysis);
});

test('a shared filtered URL opens filtered; topics with no match are hidden; clearing restores all', async ({ page }) => {
  await page.goto('claims/?source=android-central-2021-04-amazon-ecobee&status=statement');
  const expected = claims.filter((c) => c.status === 'statement' && c.evidence.some((e) => e.source === 'android-central-2021-04-amazon-ecobee')).length;
  await expect(visibleCards(page)).toHaveCount(expected);
  await expect(page.getByRole('heading', { level: 2, name: 'What Amazon asked for' })).toBeHidden();
  await page.locator('[data-filters]').getByRole('button', { name: 'Clear filters' }).click();
  await expect(page).toHaveURL(/\/claims\/$/);
  await expect(visibleCards(page)).toHaveCount(claims.length);
});

test('a combination that matches nothing says so and offers to clear', async ({ page }) => {
  await page.goto('claims/?status=analysis&actor=jack-evans');
  await expect(visibleCards(page)).toHaveCount(0);
  await expect(page.getByText('No claim matches all these filters.')).toBeVisible();
});
