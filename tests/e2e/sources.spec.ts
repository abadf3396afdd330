import { test, expect } from '@playwright/test';

const VERGE = 'sources/verge-2021-04-15-amazon-ecobee/';
const AC = 'sources/android-central-2021-04-amazon-ecobee/';
const WSJ = 'sources/wsj-amazon-ecobee-report/';

test('the sources list links every source, articles first, each with its publisher and date', async ({ page }) => {
  await page.goto('sources/');
  const items = page.locator('main li');
  await expect(items).toHaveCount(3);
  await expect(items.nth(0)).toContainText('April 2021');
  await expect(items.nth(0)).toContainText('Android Central (attributed, unconfirmed)');
  await expect(items.nth(1)).toContainText('15 April 2021');
  await expect(items.nth(2)).toContainText('Cited report, text not archived');
  await items.nth(1).getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`${VERGE}$`));
});

test('an archived article numbers every passage, and #p-N lands on that passage', async ({ page }) => {
  await page.goto(`${VERGE}#p-4`);
  await expect(page.locator('.passage')).toHaveCount(6);
  const target = page.locator('#p-4');
  await expect(target).toContainText('negotiate with content providers like HBO');
  await expect(target).toBeInViewport();
  // The target is marked for the eye, not only scrolled to.
  const background = await target.evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(background).not.toBe('rgba(0, 0, 0, 0)');
  await expect(page.locator('#p-1')).not.toContainText('date 2021-04-15');
});

test('a passage link appears on keyboard focus and points at its own paragraph', async ({ page }) => {
  await page.goto(VERGE);
  const link = page.getByRole('link', { name: 'Paragraph 2: link to this paragraph' });
  const chain = link.locator('svg');
  await expect(chain).toHaveCSS('opacity', '0');
  await link.focus();
  await expect(chain).toHaveCSS('opacity', '1');
  await expect(link).toHaveAttribute('href', '#p-2');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#p-2$/);
});

test('the metadata says who published it and how that is known, when, and where the original is', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(VERGE);
  const meta = page.getByRole('complementary', { name: 'About this source' });
  await expect(meta).toContainText('The Verge');
  await expect(meta).toContainText('Publisher known from the archive record and the original address.');
  await expect(meta.locator('time[datetime="2021-04-15"]').first()).toHaveText('15 April 2021');
  await expect(meta.getByRole('link', { name: /theverge\.com/ }).first()).toHaveAttribute('href', /^https:\/\/www\.theverge\.com\/2021\/4\/15\/22386086\//);
  await expect(meta).toContainText('Archived copy, kept for reference.');
});

test('the attributed article shows its heading, its list, and an unconfirmed publisher; its comment counter is left out, and readers are told', async ({
  page,
}) => {
  await page.goto(AC);
  await expect(page.getByRole('heading', { level: 2, name: 'What you need to know' })).toBeVisible();
  await expect(page.locator('main ul.passage-list > li')).toHaveCount(3);
  await expect(page.getByRole('region', { name: 'Archived text' })).not.toContainText('Commentaires');
  const leftOut = page.locator('[data-left-out]').first();
  await expect(leftOut).toContainText('Left out of this copy, as not the article: a comment counter.');
  await expect(leftOut.getByText('0 Commentaires')).toBeHidden();
  await leftOut.getByText('The line left out').click();
  await expect(leftOut.getByText('0 Commentaires')).toBeVisible();
  await expect(page.locator('main')).toContainText('Descriptive title');
  await expect(page.locator('main')).toContainText('unconfirmed');
  await expect(page.locator('main time[datetime="2021-04"]').first()).toHaveText('April 2021');
  await expect(page.locator('main')).toContainText('Address not known');
});

test('on a phone the facts fold into one line and open on demand', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(AC);
  const summary = page.locator('[data-source-facts] summary');
  await expect(summary).toContainText('Android Central (unconfirmed) · April 2021');
  await expect(page.locator('#p-1')).toBeInViewport();
  await summary.click();
  await expect(page.locator('[data-source-facts]')).toContainText('Publisher attributed from the page’s house format');
});

test('the cited WSJ report has no text and lists the articles that cite it', async ({ page }) => {
  await page.goto(WSJ);
  await expect(page.locator('.passage')).toHaveCount(0);
  await expect(page.locator('main')).toContainText('Not archived here.');
  const citedBy = page.getByRole('complementary', { name: 'About this source' });
  await expect(citedBy.getByRole('link', { name: /Amazon tried to coerce Ecobee/ }).first()).toBeAttached();
  await expect(citedBy.getByRole('link', { name: /Ecobee asked to share Alexa/ }).first()).toBeAttached();
});
