import { test, expect } from '@playwright/test';
import { canonical } from './site-env.ts';

test('events read in order across precisions, grouped by year, each date as precise as known', async ({ page }) => {
  await page.goto('timeline/');
  await expect(page.locator('.timeline').getByRole('heading', { level: 2 })).toHaveText(['Background, undated', '2020', '2021']);
  const dates = await page.locator('.event > p:first-of-type').allTextContents();
  expect(dates.map((d) => d.trim())).toEqual([
    'Undated',
    '2020',
    'before April 2021',
    'before April 2021',
    'before April 2021',
    'before April 2021',
    'April 2021',
    'April 2021',
    '15 April 2021',
    'as of 15 April 2021',
  ]);
  const request = page.locator('#event-amazon-asks-ecobee-for-proactive-state-data');
  await expect(request.locator('time')).toHaveAttribute('datetime', '2021-04');
  await expect(request).toContainText('No source dates the request');
  await expect(page.locator('#event-amazon-basics-seller-data-revealed')).toContainText('“Last year” in Android Central’s article of April 2021.');
  await expect(page.locator('main ol > li.event')).toHaveCount(10);
});

test('each event lists the claims that back it, with their sources', async ({ page }) => {
  await page.goto('timeline/');
  const e = page.locator('#event-ecobee-refuses');
  await e.getByText('Backed by 3 claims').click();
  await expect(e.getByRole('link', { name: /Ecobee refused to share the data with Amazon/ })).toBeVisible();
  await expect(e.getByRole('link', { name: /Ecobee refused because sharing the data/ })).toBeVisible();
});

test('an event anchor lands on the event, and its copy button copies the absolute link', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('timeline/#event-talks-still-under-way');
  const e = page.locator('#event-talks-still-under-way');
  await expect(e).toBeInViewport();
  await e.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.locator('[data-copy-status]')).toHaveText('Link copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(canonical('/timeline/#event-talks-still-under-way'));
});

test('the actor filter writes the URL, survives reload, and hides empty years', async ({ page }) => {
  await page.goto('timeline/');
  await page.getByRole('button', { name: 'HBO' }).click();
  await expect(page).toHaveURL(/\/timeline\/\?actor=hbo$/);
  await expect(page.locator('li.event:visible')).toHaveCount(1);
  await expect(page.getByRole('heading', { level: 2, name: '2020' })).toBeHidden();
  await page.reload();
  await expect(page.locator('li.event:visible')).toHaveCount(1);
  await expect(page.locator('li.event:visible')).toContainText('The Wall Street Journal publishes its report');
  await page.goBack();
  await expect(page.locator('li.event:visible')).toHaveCount(10);
});

test('without JS the whole timeline shows and the filter is hidden', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(new URL('timeline/?actor=hbo', test.info().project.use.baseURL).href);
  await expect(page.locator('li.event:visible')).toHaveCount(10);
  await expect(page.locator('[data-filters]')).toBeHidden();
  await context.close();
});

test('the print stylesheet prints the events alone, with their claims unfolded', async ({ page }) => {
  await page.goto('timeline/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('header').first()).toBeHidden();
  await expect(page.locator('[data-filters]')).toBeHidden();
  await expect(page.locator('#event-ecobee-refuses').getByRole('link', { name: /Ecobee refused to share the data with Amazon/ })).toBeVisible();
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
});
