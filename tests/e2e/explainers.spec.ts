import { test, expect } from '@playwright/test';

const PAGE = 'explainers/why-ecobee-said-no/';

test('the home page is the story in two minutes, with key claims and a timeline preview', async ({ page }) => {
  await page.goto('');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Amazon, Ecobee and the Alexa “proactive state” data');
  // Worked out from the home explainer's 300 words, not written in the template.
  await expect(page.locator('article > header > p')).toHaveText(/^The story in two minutes$/i);
  await expect(page.getByRole('region', { name: 'Claims on this page' }).locator('li:has(.key-mark)')).toHaveCount(6);
  await expect(page.getByRole('region', { name: 'In order' }).locator('li.event')).toHaveCount(5);
  await expect(page.getByRole('region', { name: 'In order' })).toContainText('before April 2021');
});

test('every claim marker on a page is numbered as the list of claims at its end, and previews that claim', async ({ page }) => {
  await page.goto(PAGE);
  const listed = await page.getByRole('region', { name: 'Claims on this page' }).locator('ol > li a').allTextContents();
  const markers = page.locator('.claim-ref > [data-preview-marker]');
  const n = await markers.count();
  expect(n).toBeGreaterThan(5);
  for (let i = 0; i < n; i++) {
    const marker = markers.nth(i);
    const number = Number(await marker.textContent());
    await expect(marker).toHaveAccessibleName(`Claim ${number}`);
    const card = page.locator(`#${await marker.getAttribute('popovertarget')}`);
    await expect(card).toContainText(listed[number - 1]!, { useInnerText: true });
  }
});

test('on the home page, markers are footnote links to the list of the story’s claims', async ({ page }) => {
  await page.goto('');
  const marker = page.locator('.claim-ref > a.preview-marker').first();
  await expect(marker).toHaveAccessibleName('Claim 1');
  await marker.click();
  await expect(page).toHaveURL(/#note-wsj-published-a-report-on-amazon-and-ecobee$/);
  await expect(page.locator('#note-wsj-published-a-report-on-amazon-and-ecobee')).toBeInViewport();
  await expect(page.locator('[popover]')).toHaveCount(0);
});

test('keyboard: focusing a marker previews its claim, Tab reaches the preview links, Escape closes it', async ({ page }) => {
  await page.goto(PAGE);
  const marker = page.locator('.claim-ref > [data-preview-marker]').first();
  await marker.focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await expect(marker).toBeFocused();
  const card = page.locator(`#${await marker.getAttribute('popovertarget')}`);
  await expect(card).toBeVisible();
  await expect(card).toContainText('According to the reports, Ecobee refused to share the data with Amazon.');
  await expect(card.getByRole('link', { name: 'Sources and quotes →' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(card).toBeHidden();
  await page.keyboard.press('Enter');
  await expect(card).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(card).toBeHidden();
});

test('hover previews a source passage; the preview links to the paragraph', async ({ page }) => {
  await page.goto(PAGE);
  const cite = page.getByRole('button', { name: 'Android Central ¶6, quoted passage' });
  await cite.hover();
  const card = page.locator(`#${await cite.getAttribute('popovertarget')}`);
  await expect(card).toBeVisible();
  await expect(card).toContainText('rival its best smart thermostats');
  await card.getByRole('link', { name: /archived copy/ }).click();
  await expect(page).toHaveURL(/\/sources\/android-central-2021-04-amazon-ecobee\/#p-6$/);
});

test('without JS a tap still opens the preview (Popover API, no script)', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, hasTouch: true, viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto(new URL(PAGE, test.info().project.use.baseURL).href);
  const marker = page.locator('.claim-ref > [data-preview-marker]').nth(2);
  await marker.scrollIntoViewIfNeeded();
  await marker.tap();
  await expect(page.locator(`#${await marker.getAttribute('popovertarget')}`)).toBeVisible();
  await context.close();
});

test('a claim mentioned on the page has a #claim-<id> anchor on its first mention', async ({ page }) => {
  await page.goto(`${PAGE}#claim-ecobee-refused-to-share-the-data`);
  await expect(page.locator('#claim-ecobee-refused-to-share-the-data')).toBeInViewport();
  await expect(page.locator('[id="claim-ecobee-refused-to-share-the-data"]')).toHaveCount(1);
});

test('terms link to their glossary entry', async ({ page }) => {
  await page.goto('explainers/proactive-state-data/');
  await page.locator('a.term', { hasText: '“proactive state” data' }).first().click();
  await expect(page).toHaveURL(/\/glossary\/#term-proactive-state$/);
  await expect(page.locator('#term-proactive-state')).toContainText('Claims using it');
});

test('the diagram is a list of steps with claims; on a phone each step says who acts on whom', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('explainers/amazons-levers/');
  const steps = page.locator('figure.diagram ol.steps > li');
  await expect(steps).toHaveCount(5);
  await expect(steps.nth(2)).toContainText('Ecobee → Amazon');
  await expect(steps.nth(2)).toContainText('Refuses');
  await expect(steps.nth(4).getByRole('link', { name: 'claim' })).toHaveAttribute('href', /\/claims\/amazon-threatened-alexa-certification\/$/);
  await page.setViewportSize({ width: 1280, height: 900 });
  await expect(page.locator('figure.diagram .lane-head')).toHaveText(['Amazon', 'Ecobee', 'Other Alexa device sellers']);
  await expect(steps.nth(2).locator('.arrow')).toBeVisible();
});

test('actor pages give the role and the claims and events that involve them', async ({ page }) => {
  await page.goto('actors/hbo/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('HBO');
  await expect(page.locator('main')).toContainText('Content provider');
  await expect(page.locator('main .claim-card')).toHaveCount(1);
  await expect(page.getByRole('region', { name: 'On the timeline' })).toContainText('The Wall Street Journal publishes its report');
});

test('explainers link to each other in reading order', async ({ page }) => {
  await page.goto('explainers/');
  await expect(page.locator('main ol > li')).toHaveCount(7);
  await page.goto('explainers/proactive-state-data/');
  await page.getByRole('navigation', { name: 'More explainers' }).getByRole('link', { name: /Next/ }).click();
  await expect(page).toHaveURL(/\/explainers\/amazons-levers\/$/);
});
