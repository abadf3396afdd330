import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brokenLinks, fileOfPath, internalLinks } from '../../../src/lib/site/internal-links.ts';
import { checkInternalLinks } from '../../../src/lib/checks/published-urls.ts';

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

test('under a base path, a link to one of its pages written without the base is broken; a path outside the site is not', () => {
  const files = new Set(['index.html', 'claims/a/index.html', '_astro/app.js', 'favicon.svg']);
  const pages = [
    {
      page: 'claims/b/',
      html: '<a href="/x/claims/a/">ok</a> <a href="/claims/a/#p-1">lost base</a> <script src="/_astro/app.js"></script> <link rel="icon" href="/x/favicon.svg"> <a href="/about/">host page</a>',
    },
  ];
  assert.deepEqual(
    brokenLinks(pages, '/x/', (f) => files.has(f)),
    [
      { page: 'claims/b/', href: '/claims/a/', withoutBase: '/x/' },
      { page: 'claims/b/', href: '/_astro/app.js', withoutBase: '/x/' },
    ],
  );
  assert.deepEqual(
    brokenLinks(pages, '/', (f) => files.has(f)).map((b) => b.href),
    ['/x/claims/a/', '/x/favicon.svg', '/about/'],
    'at the root, every link is the site’s own',
  );
});

test('the build names the page, the link and the fix, for a link without the base too', () => {
  const [lost, missing] = checkInternalLinks([
    { page: 'claims/b/', href: '/claims/a/', withoutBase: '/x/' },
    { page: 'explainers/e/', href: '/x/claims/nope/' },
  ]);
  assert.equal(lost!.field, 'link to /claims/a/');
  assert.match(lost!.message, /served under \/x\/, and the link leaves that out/);
  assert.match(lost!.fix, /write it as \/x\/claims\/a\//);
  assert.match(missing!.message, /publishes no page there/);
});

test('a data- attribute is not a link; the host’s root is not a lost base; a base without its last slash reads the same', () => {
  const files = new Set(['index.html', 'claims/a/index.html']);
  const pages = [
    {
      page: 'claims/b/',
      html: '<a data-href="/claims/a/" href="/x/claims/a/">a</a> <img data-src="/claims/a/" src="/x/claims/a/" alt=""> <a href="/">main site</a>',
    },
  ];
  assert.deepEqual(internalLinks(pages[0]!.html, '/x'), ['claims/a/']);
  assert.deepEqual(
    brokenLinks(pages, '/x/', (f) => files.has(f)),
    [],
  );
  assert.deepEqual(
    brokenLinks(pages, '/x', (f) => files.has(f)),
    [],
  );
});

test('a broken link is named at the content file and line that write it; one that lacks only its last slash is told so', () => {
  const text = '---\ntitle: T\nhome: true\n---\n\nSee [the timeline](/timeline) and [a claim](/claims/nope/).\n';
  const sourceOf = (page: string) => (page === '' ? { file: 'content/explainers/the-story.mdx', text } : undefined);
  const [slash, gone, elsewhere] = checkInternalLinks(
    [
      { page: '', href: '/timeline' },
      { page: '', href: '/claims/nope/' },
      { page: 'claims/b/', href: '/claims/nope/' },
    ],
    sourceOf,
    new Set(['/timeline/', '/claims/b/']),
  );
  assert.deepEqual(
    [slash!.file, slash!.field, slash!.fix],
    ['content/explainers/the-story.mdx', 'line 6, link to /timeline', "write /timeline/: the site's addresses end in a slash"],
  );
  assert.equal(gone!.field, 'line 6, link to /claims/nope/');
  assert.match(gone!.fix, /correct the link/);
  assert.deepEqual([elsewhere!.file, elsewhere!.field], ['the page /claims/b/', 'link to /claims/nope/']);
});
