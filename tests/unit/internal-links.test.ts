import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brokenLinks, fileOfPath, internalLinks } from '../../src/lib/internal-links.ts';

test('internal links are the root-relative hrefs under the base, without fragment or query', () => {
  const html =
    '<a href="/x/claims/a/#p-2">a</a> <a class="c" href="/x/search/?q=a&amp;b">s</a> <a href="https://e.example/">e</a> <a href="//cdn.example/">c</a> <a href="#top">t</a> <a href="/elsewhere/">o</a> <a href="/x/">h</a>';
  assert.deepEqual(internalLinks(html, '/x/'), ['claims/a/', 'search/', '']);
  assert.deepEqual(internalLinks('<a href="/claims/a/">a</a>', '/'), ['claims/a/']);
});

test('a link to a path no file serves is broken; pages and data files are found', () => {
  const files = new Set(['index.html', 'claims/a/index.html', 'claims.json']);
  const pages = [
    {
      page: 'explainers/e/',
      html: '<a href="/claims/a/">ok</a> <a href="/claims.json">data</a> <a href="/claims/nope/">bad</a> <a href="/">home</a> <img alt="" src="/images/gone.png">',
    },
  ];
  assert.deepEqual(
    brokenLinks(pages, '/', (f) => files.has(f)),
    [
      { page: 'explainers/e/', href: '/claims/nope/' },
      { page: 'explainers/e/', href: '/images/gone.png' },
    ],
  );
  assert.equal(fileOfPath(''), 'index.html');
  assert.equal(fileOfPath('feed.xml'), 'feed.xml');
});
