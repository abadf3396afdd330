import { test, expect } from '@playwright/test';
import { canonical, claimsJson } from './site-env.ts';

// Tests whose outcome no base path can change (layout, clipboard logic): test:base leaves them out.
const SAME_UNDER_BASE = '@same-under-base';

const { claims } = claimsJson();
const TWO_SOURCES = 'amazon-asked-ecobee-for-data-when-alexa-not-in-use';
const CONTRAST = 'amazon-declined-to-comment';

test('a claim permalink opened cold shows statement, status, attribution and quotes from both sources', async ({ page }) => {
  const response = await page.goto(`claims/${TWO_SOURCES}/`);
  expect(response?.status()).toBe(200);
  const claim = claims.find((c) => c.id === TWO_SOURCES)!;
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(claim.statement);
  await expect(page.locator('main .status-badge').first()).toContainText('Reported');
  await expect(page.locator('main')).toContainText('A news outlet reports it; the parties have not confirmed it on the record.');
  await expect(page.locator('main')).toContainText('The Verge, citing The Wall Street Journal');
  await expect(page.locator('main')).toContainText('Android Central, citing The Wall Street Journal');
  await expect(page.locator('figure.evidence')).toHaveCount(2);
  await expect(page.locator('main')).toContainText('In 2 sources');
});

test('where the sources pull apart, both passages are shown side by side with a note', { tag: SAME_UNDER_BASE }, async ({ page }) => {
  await page.goto(`claims/${CONTRAST}/`);
  const section = page.getByRole('region', { name: 'Pulls the other way' });
  await expect(section).toContainText('neither article says to whom each answer was given');
  await expect(section.locator('figure.evidence')).toHaveCount(2);
  await expect(section).toContainText('Jack Evans');
});

test('"Copy link" puts the absolute permalink on the clipboard and says so', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`claims/${TWO_SOURCES}/`);
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(canonical(`/claims/${TWO_SOURCES}/`));
});

test('when the clipboard is refused, the link is selected for the reader to copy', { tag: SAME_UNDER_BASE }, async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
  });
  await page.goto(`claims/${TWO_SOURCES}/`);
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Press Ctrl+C' })).toBeVisible();
  const selected = await page.evaluate(() => {
    const input = document.activeElement as HTMLInputElement;
    return input.value.slice(input.selectionStart!, input.selectionEnd!);
  });
  expect(selected).toBe(canonical(`/claims/${TWO_SOURCES}/`));
});

test('the native share button appears only where the browser can share', { tag: SAME_UNDER_BASE }, async ({ page }) => {
  await page.goto(`claims/${TWO_SOURCES}/`);
  const canShare = await page.evaluate(() => typeof navigator.share === 'function');
  await expect(page.getByRole('button', { name: 'Share…' })).toBeVisible({ visible: canShare });
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'share', {
      value: (data: ShareData) => (((window as unknown as { shared: ShareData }).shared = data), Promise.resolve()),
    });
  });
  await page.reload();
  await page.getByRole('button', { name: 'Share…' }).click();
  expect(await page.evaluate(() => (window as unknown as { shared: ShareData }).shared.url)).toBe(canonical(`/claims/${TWO_SOURCES}/`));
});

test('"Cite this claim" offers plain text and BibTeX naming the sources and the permalink', async ({ page }) => {
  await page.goto(`claims/${TWO_SOURCES}/`);
  await page.locator('summary', { hasText: 'Cite this claim' }).click();
  const url = canonical(`/claims/${TWO_SOURCES}/`);
  await expect(page.locator('#cite-plain')).toContainText(`The Verge, 15 April 2021; Android Central (attributed), April 2021. ${url}`);
  await expect(page.locator('#cite-bibtex')).toContainText(`@misc{proactivestate:${TWO_SOURCES},`);
  await expect(page.locator('#cite-bibtex')).toContainText(`howpublished = {\\url{${url}}}`);
});

test('the head has canonical, Open Graph and Twitter tags, and a 1200×630 PNG share image', async ({ page, request }) => {
  await page.goto(`claims/${TWO_SOURCES}/`);
  const url = canonical(`/claims/${TWO_SOURCES}/`);
  await expect(page.locator('link[rel=canonical]')).toHaveAttribute('href', url);
  await expect(page.locator('meta[property="og:url"]')).toHaveAttribute('content', url);
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article');
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /^Reported: .*Sources: The Verge and Android Central\.$/);
  const image = await page.locator('meta[property="og:image"]').getAttribute('content');
  expect(image).toBe(canonical(`/og/claims/${TWO_SOURCES}.png`));
  await expect(page.locator('meta[property="og:image:alt"]')).toHaveAttribute('content', /Reported claim: /);

  const png = await request.get(`og/claims/${TWO_SOURCES}.png`);
  expect(png.ok()).toBe(true);
  expect(png.headers()['content-type']).toBe('image/png');
  const bytes = await png.body();
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.readUInt32BE(16)).toBe(1200);
  expect(bytes.readUInt32BE(20)).toBe(630);
});

test('JSON-LD parses as a schema.org Claim that appears in both articles', async ({ page }) => {
  await page.goto(`claims/${TWO_SOURCES}/`);
  const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(ld['@context']).toBe('https://schema.org');
  expect(ld['@type']).toBe('Claim');
  expect(ld.url).toBe(canonical(`/claims/${TWO_SOURCES}/`));
  expect(ld.appearance.map((a: { publisher: { name: string } }) => a.publisher.name).sort()).toEqual(['Android Central', 'The Verge']);
  expect(ld.appearance.find((a: { url: string }) => a.url.startsWith('https://www.theverge.com/'))).toBeTruthy();
});

test('a quote link lands on its paragraph in the archived copy, where the quote is marked', async ({ page }) => {
  await page.goto(`claims/${TWO_SOURCES}/`);
  const link = page.getByRole('link', { name: /^Paragraph \d+ of the archived copy$/ }).first();
  const n = (await link.textContent())!.match(/\d+/)![0];
  await link.click();
  await expect(page).toHaveURL(new RegExp(`/sources/verge-2021-04-15-amazon-ecobee/#p-${n}$`));
  const target = page.locator(`#p-${n}`);
  await expect(target).toBeInViewport();
  expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe(`p-${n}`);
  await expect(target.locator('mark.quoted').filter({ hasText: 'asked Ecobee to share data from its Alexa-enabled smart thermostats' })).toHaveCount(1);
  await expect(target.getByRole('link', { name: claimsJson().claims.find((c) => c.id === TWO_SOURCES)!.statement, includeHidden: true })).toBeAttached();
});

test('the link into the original article carries a text fragment of the quoted words', async ({ page }) => {
  await page.goto(`claims/${TWO_SOURCES}/`);
  const original = page.getByRole('link', { name: /In the original/ });
  await expect(original).toHaveAttribute(
    'href',
    /^https:\/\/www\.theverge\.com\/2021\/4\/15\/22386086\/amazon-strong-arm-power-ecobee-antitrust-tech#:~:text=the%20online%20retail%20giant%20asked,actively%20using%20the%20voice%20assistant$/,
  );
  await expect(original).toHaveAttribute('rel', /noopener/);
});

test('source pages list, under each quoted passage, the claims that quote it', async ({ page }) => {
  await page.goto('sources/android-central-2021-04-amazon-ecobee/');
  const p8 = page.locator('#p-8');
  await p8.getByText(/Quoted in \d claims?/).click();
  await expect(p8.getByRole('link', { name: /Jack Evans told the WSJ/ })).toBeVisible();
});

test('a claim page links the timeline events it backs', async ({ page }) => {
  await page.goto('claims/amazon-threatened-alexa-certification/');
  const events = page.getByRole('region', { name: 'On the timeline' });
  await events.getByRole('link', { name: 'Amazon threatens Ecobee’s store listing and Alexa certification' }).click();
  await expect(page).toHaveURL(/\/timeline\/#event-amazon-threatens-store-and-certification$/);
  await expect(page.locator('#event-amazon-threatens-store-and-certification')).toBeInViewport();
});
