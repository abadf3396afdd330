import { test, expect } from '@playwright/test';
import { builtPages } from './built-pages.ts';

// Visits every built page, then checks every same-origin link, stylesheet,
// script and icon it references: the target must load, and a #fragment must
// name an element that exists on the target page.
test('no broken internal link or missing #anchor on any page', async ({ page, request, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const idsByUrl = new Map<string, Set<string>>();
  const refs: { from: string; url: string }[] = [];

  const visit = async (url: string) => {
    const response = await page.goto(url);
    const expectedStatus = url.endsWith('/404.html') ? [200, 404] : [200];
    expect(expectedStatus, `${url} answered ${response?.status()}`).toContain(response?.status());
    const found = await page.evaluate(() => ({
      ids: [...document.querySelectorAll('[id]')].map((e) => e.id),
      refs: [
        ...[...document.querySelectorAll<HTMLAnchorElement>('a[href]')].map((a) => a.href),
        ...[...document.querySelectorAll<HTMLLinkElement>('link[href]')].filter((l) => l.rel !== 'canonical').map((l) => l.href),
        ...[...document.querySelectorAll<HTMLScriptElement>('script[src]')].map((s) => s.src),
        ...[...document.querySelectorAll<HTMLImageElement>('img[src]')].map((i) => i.src),
      ],
    }));
    idsByUrl.set(url.split('#')[0]!, new Set(found.ids));
    for (const r of found.refs) if (new URL(r).origin === origin) refs.push({ from: url, url: r });
  };

  for (const path of builtPages()) await visit(new URL(path, baseURL).href);

  const problems: string[] = [];
  for (const { from, url } of refs) {
    const [bare, hash] = url.split('#') as [string, string | undefined];
    if (!idsByUrl.has(bare)) {
      const response = await request.get(bare);
      if (!response.ok()) {
        problems.push(`${from} → ${url}: HTTP ${response.status()}`);
        continue;
      }
      if ((response.headers()['content-type'] ?? '').includes('text/html')) await visit(bare);
      else idsByUrl.set(bare, new Set());
    }
    if (hash && !idsByUrl.get(bare)!.has(decodeURIComponent(hash))) problems.push(`${from} → ${url}: no element with id "${hash}"`);
  }
  expect(problems, problems.join('\n')).toEqual([]);
  expect(refs.length).toBeGreaterThan(0);
});
