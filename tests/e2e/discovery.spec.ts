// Found and followed: robots.txt points at the sitemap; the sitemap lists every
// page that asks to be indexed and nothing else (no redirect, no 404); the feed
// parses and each item opens; every page links the feed. Under a base path too.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { builtPages, DIST } from './built-pages.ts';
import { canonical } from './site-env.ts';
import { isNoindex } from '../../src/lib/share/sitemap-filter.ts';

const xml = new XMLParser({ ignoreAttributes: false });
const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
/** A canonical URL as a path the test server answers (it serves the build at another origin). */
const local = (url: string) => {
  expect(url.startsWith(canonical('/')), `${url} is not under ${canonical('/')}`).toBe(true);
  return url.slice(canonical('/').length);
};
const asList = <T>(x: T | T[]) => (Array.isArray(x) ? x : [x]);

test('robots.txt names the sitemap, and the sitemap lists exactly the pages that ask to be indexed', async ({ request }) => {
  const robots = await (await request.get('robots.txt')).text();
  expect(robots).toContain(`Sitemap: ${canonical('/sitemap-index.xml')}`);
  const index = xml.parse(await (await request.get(local(canonical('/sitemap-index.xml')))).text());
  expect(index.sitemapindex['@_xmlns']).toBe(SITEMAP_NS);
  const listed: string[] = [];
  for (const s of asList(index.sitemapindex.sitemap) as { loc: string }[]) {
    const map = xml.parse(await (await request.get(local(s.loc))).text());
    expect(map.urlset['@_xmlns']).toBe(SITEMAP_NS);
    listed.push(...(asList(map.urlset.url) as { loc: string }[]).map((u) => local(u.loc)));
  }
  const indexable = builtPages().filter((p) => !p.endsWith('.html') && !isNoindex(readFileSync(join(DIST, p, 'index.html'), 'utf8')));
  expect(listed.sort()).toEqual(indexable);
  expect(listed).toContain('claims/');
  expect(listed.some((p) => p.includes('/embed/'))).toBe(false);
});

test('the feed parses as RSS, its items open, and every kind of page links it in its head and footer', async ({ request, page, baseURL }) => {
  const feed = xml.parse(await (await request.get('feed.xml')).text());
  const items = asList(feed.rss.channel.item) as { title: string; link: string; pubDate: string }[];
  expect(items.length).toBeGreaterThan(0);
  for (const item of items) {
    expect(Number.isNaN(Date.parse(item.pubDate)), item.title).toBe(false);
    expect((await request.get(local(item.link.split('#')[0]!))).status(), item.link).toBe(200);
  }
  for (const path of ['', 'claims/', `claims/${local(items[0]!.link).split('/')[1]}/`, 'corrections/']) {
    await page.goto(path);
    const href = await page.locator('head link[rel="alternate"][type="application/rss+xml"]').getAttribute('href');
    expect(new URL(href!, page.url()).href, path).toBe(new URL('feed.xml', baseURL).href);
    await expect(page.locator('footer a', { hasText: 'RSS feed' })).toHaveAttribute('href', href!);
  }
});
