import { test, expect } from '@playwright/test';

test('the skip link is the first stop and moves focus to the main content', async ({ page }) => {
  await page.goto('sources/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('focus is visible on links and buttons', async ({ page }) => {
  await page.goto('');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  expect(outline).toBe('solid');
});

test('the header marks the current section', async ({ page }) => {
  await page.goto('sources/verge-2021-04-15-amazon-ecobee/');
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sources' })).toHaveAttribute('aria-current', 'page');
});

test.describe('dark mode', () => {
  const background = (page: import('@playwright/test').Page) => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);

  test('follows the system when nothing is chosen', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('');
    const light = await background(page);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await background(page)).not.toBe(light);
    await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
  });

  test('the toggle switches, remembers across pages, and applies before first paint', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('');
    const light = await background(page);
    const toggle = page.getByRole('button', { name: 'Dark theme' });
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    const dark = await background(page);
    expect(dark).not.toBe(light);

    // On the next page the theme must already be set when the HTML is parsed,
    // before any external script: read it at the first DOMContentLoaded.
    await page.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => {
        (window as unknown as { themeAtParse: string | undefined }).themeAtParse = document.documentElement.dataset.theme;
      });
    });
    await page.goto('sources/');
    expect(await page.evaluate(() => (window as unknown as { themeAtParse: string | undefined }).themeAtParse)).toBe('dark');
    expect(await background(page)).toBe(dark);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('pages read and the theme button, which needs JS, is not shown', async ({ page }) => {
    await page.goto('sources/verge-2021-04-15-amazon-ecobee/');
    await expect(page.locator('#p-1')).toBeVisible();
    await expect(page.locator('.theme-toggle')).toBeHidden();
  });
});

// No page scrolls sideways at 320 px: checked on each page's first load in every-page.spec.ts.

test('an unknown address answers 404 with a way back', async ({ page }) => {
  const response = await page.goto('claims/no-such-claim/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page is not here');
  await expect(page.getByRole('main').getByRole('link', { name: 'Sources' })).toBeVisible();
});
