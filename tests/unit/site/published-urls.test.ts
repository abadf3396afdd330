import { test } from 'node:test';
import assert from 'node:assert/strict';
import { builtUrls, formatLockfile, parseLockfile, unlockedUrls } from '../../../src/lib/site/published-urls.ts';

const sorted = (urls: Set<string>) => [...urls].sort();

test('every page a build wrote is published at its directory URL', () => {
  assert.deepEqual(sorted(builtUrls(['index.html', 'claims/index.html', 'claims/x/index.html', 'claims/page/2/index.html'], [])), [
    '/',
    '/claims/',
    '/claims/page/2/',
    '/claims/x/',
  ]);
});

test('data files at the top are published; assets, nested data and the 404 page are not', () => {
  const files = [
    'claims.json',
    'published-urls.txt',
    'rss.xml',
    'favicon.svg',
    '404.html',
    '_astro/index.html',
    '_astro/app.A1.js',
    '_astro/data.json',
    'pagefind/pagefind.js',
    'pagefind/index/en.pf_index',
    'pagefind/pagefind-entry.json',
    'og/claims/x.png',
    'og/index.html',
    'sources/x/data.json',
  ];
  assert.deepEqual(sorted(builtUrls(files, [])), ['/claims.json', '/published-urls.txt', '/rss.xml']);
});

test('each event is published at its permanent timeline anchor', () => {
  assert.deepEqual(sorted(builtUrls(['timeline/index.html'], ['talks-begin', 'ecobee-refuses'])), [
    '/timeline/',
    '/timeline/#event-ecobee-refuses',
    '/timeline/#event-talks-begin',
  ]);
  assert.deepEqual(sorted(builtUrls([], [])), []);
});

test('the lockfile: one URL a line, comments and blank lines skipped', () => {
  assert.deepEqual(parseLockfile('# header\n/\n\n  /claims/x/  \n# note\n/timeline/#event-a\n'), ['/', '/claims/x/', '/timeline/#event-a']);
  assert.deepEqual(parseLockfile(''), []);
});

test('a written lockfile is commented, sorted, without repeats, and reads back', () => {
  const text = formatLockfile(['/sources/', '/claims/x/', '/', '/claims/x/']);
  assert.match(text, /^# /);
  assert.ok(text.endsWith('/sources/\n'));
  assert.deepEqual(parseLockfile(text), ['/', '/claims/x/', '/sources/']);
  assert.deepEqual(parseLockfile(formatLockfile([])), []);
});

test('published URLs not yet locked are listed, sorted; locked ones no longer built are not', () => {
  assert.deepEqual(unlockedUrls(['/a/', '/gone/'], new Set(['/c/', '/a/', '/b/'])), ['/b/', '/c/']);
  assert.deepEqual(unlockedUrls(['/a/'], new Set(['/a/'])), []);
});
