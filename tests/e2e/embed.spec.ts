// Embedded: a claim's card renders inside a frame on another origin, every
// other page refuses to be framed (the _headers the test server applies, as a
// static host would), the oEmbed JSON has the spec's shape and is discovered
// from the claim page, and the share box copies the <iframe> snippet.
import { test, expect } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { builtPages } from './built-pages.ts';
import { canonical, claimsJson } from './site-env.ts';

const claim = claimsJson().claims[0]!;
const local = (url: string) => url.slice(canonical('/').length);

// Another origin: a loopback server of the test's own (127.0.0.1, not the site's localhost).
let host: Server;
let hostHtml = '';
test.beforeAll(async () => {
  host = createServer((_req, res) => res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(hostHtml));
  await new Promise<void>((r) => host.listen(0, '127.0.0.1', r));
});
test.afterAll(() => new Promise<void>((r) => host.close(() => r())));

test('the card renders in a frame on another origin; the claim page itself is refused there', async ({ page, baseURL }) => {
  const card = new URL(`claims/${claim.id}/embed/`, baseURL).href;
  const pageUrl = new URL(`claims/${claim.id}/`, baseURL).href;
  hostHtml = `<!doctype html><title>Another site</title><p>A post.</p><iframe id="card" src="${card}" width="560" height="400"></iframe><iframe id="page" src="${pageUrl}"></iframe>`;
  const refused = page.waitForEvent('requestfailed', (r) => r.url() === pageUrl);
  await page.goto(`http://127.0.0.1:${(host.address() as AddressInfo).port}/post`);
  const frame = page.frameLocator('#card');
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText(claim.statement);
  await expect(frame.locator('blockquote').first()).toContainText(claim.evidence[0]!.quote.slice(0, 30));
  await expect(frame.getByRole('link', { name: /Check this claim and its sources/ })).toHaveAttribute('href', claim.url);
  expect((await refused).failure()?.errorText).toMatch(/BLOCKED_BY_RESPONSE/);
});

test('every page but the cards refuses to be framed; the cards allow any site', async ({ request }) => {
  for (const path of builtPages()) {
    const csp = (await request.get(path)).headers()['content-security-policy'] ?? '';
    const card = /(^|\/)embed\/$/.test(path);
    expect(csp, `/${path}`).toContain(card ? 'frame-ancestors *' : "frame-ancestors 'none'");
  }
});

test('the claim page links its oEmbed JSON, which has the shape the oEmbed spec gives a rich type', async ({ page, request }) => {
  await page.goto(`claims/${claim.id}/`);
  const link = page.locator('head link[rel="alternate"][type="application/json+oembed"]');
  await expect(link).toHaveAttribute('title', claim.statement);
  const href = (await link.getAttribute('href'))!;
  expect(href).toBe(canonical(`/claims/${claim.id}/oembed.json`));
  const o = await (await request.get(local(href))).json();
  expect(o).toMatchObject({ version: '1.0', type: 'rich', title: claim.statement, provider_url: canonical('/') });
  expect(Number.isInteger(o.width) && o.width > 0 && Number.isInteger(o.height) && o.height > 0).toBe(true);
  const iframe = /^<iframe src="([^"]+)" title="[^"]+" width="(\d+)" height="(\d+)"[^>]*><\/iframe>$/.exec(o.html);
  expect(iframe, o.html).not.toBeNull();
  expect([iframe![1], Number(iframe![2]), Number(iframe![3])]).toEqual([canonical(`/claims/${claim.id}/embed/`), o.width, o.height]);
});

test('"Embed" copies the <iframe> snippet and says so, and the snippet is on the page for readers without a clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`claims/${claim.id}/`);
  await page.getByRole('button', { name: 'Embed', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Embed code copied' })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(new RegExp(`^<iframe src="${canonical(`/claims/${claim.id}/embed/`).replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}"`));
  await expect(page.locator('#embed-code')).toHaveText(copied);
});
