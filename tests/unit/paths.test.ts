import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withBase, absoluteUrl, routes } from '../../src/lib/paths.ts';
import { basePath, siteUrl } from '../../src/lib/deploy-env.ts';
import { activeNav, NAV, pageTitle } from '../../src/lib/site-meta.ts';
import { isKebabId, slugify } from '../../src/lib/ids.ts';

test('links work at the root and under a base path', () => {
  assert.equal(withBase('/', routes.source('x')), '/sources/x/');
  assert.equal(withBase('/explainer/', routes.passage('x', 3)), '/explainer/sources/x/#p-3');
  assert.equal(withBase('/explainer', '/'), '/explainer/');
  assert.equal(absoluteUrl('https://example.org', '/explainer/', routes.claim('c')), 'https://example.org/explainer/claims/c/');
});

test('BASE_PATH and SITE_URL are normalised', () => {
  assert.equal(basePath({}), '/');
  assert.equal(basePath({ BASE_PATH: 'explainer' }), '/explainer/');
  assert.equal(basePath({ BASE_PATH: '/explainer/' }), '/explainer/');
  assert.equal(siteUrl({ SITE_URL: 'https://example.org/some/path' }), 'https://example.org');
  assert.equal(siteUrl({}), 'http://localhost:4321');
});

test('the current section is the longest matching nav prefix', () => {
  assert.equal(activeNav(NAV, '/')?.label, 'Story');
  assert.equal(activeNav(NAV, '/sources/x/')?.label, 'Sources');
  assert.equal(activeNav(NAV, '/nowhere/'), undefined);
});

test('page titles and ids', () => {
  assert.equal(pageTitle('Sources'), 'Sources — Proactive State');
  assert.match(pageTitle(), /^Proactive State: /);
  assert.ok(isKebabId('amazon-basics-2020'));
  assert.ok(!isKebabId('Amazon') && !isKebabId('a--b') && !isKebabId('-a'));
  assert.equal(slugify('The Wall Street Journal’s “report”'), 'the-wall-street-journal-s-report');
});

test('pagination: the list keeps its address for page 1, later pages go under page/N/', async () => {
  const { paginate, pagePath } = await import('../../src/lib/paginate.ts');
  const pages = paginate([1, 2, 3, 4, 5], 2);
  assert.deepEqual(pages.map((p) => p.items), [[1, 2], [3, 4], [5]]);
  assert.equal(pages[2]!.pages, 3);
  assert.deepEqual(paginate([], 10).map((p) => p.items), [[]]);
  assert.equal(pagePath('/claims/', 1), '/claims/');
  assert.equal(pagePath('/claims/', 3), '/claims/page/3/');
});

test('a long pager shows the ends and the neighbourhood of the current page', async () => {
  const { pagerWindow } = await import('../../src/lib/paginate.ts');
  assert.deepEqual(pagerWindow(1, 1), [1]);
  assert.deepEqual(pagerWindow(2, 5), [1, 2, 3, 4, 5]);
  assert.deepEqual(pagerWindow(1, 100), [1, 2, 3, 'gap', 100]);
  assert.deepEqual(pagerWindow(50, 100), [1, 'gap', 48, 49, 50, 51, 52, 'gap', 100]);
  assert.deepEqual(pagerWindow(5, 100), [1, 2, 3, 4, 5, 6, 7, 'gap', 100]);
  assert.deepEqual(pagerWindow(100, 100), [1, 'gap', 98, 99, 100]);
  // Never more than 2·span + 5 entries, however long the list.
  assert.ok(pagerWindow(5000, 10000).length <= 9);
});
