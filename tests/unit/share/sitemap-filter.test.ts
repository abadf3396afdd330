import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileOfPage, isNoindex } from '../../../src/lib/share/sitemap-filter.ts';

test('pages with robots noindex are recognised, others are not', () => {
  assert.equal(isNoindex('<head><meta name="robots" content="noindex" /></head>'), true);
  assert.equal(isNoindex('<meta name="robots" content="noindex, follow">'), true);
  assert.equal(isNoindex('<link rel="canonical" href="https://x/">'), false);
});

test('a page URL maps to its built file, under a base path too', () => {
  assert.equal(fileOfPage('https://x.example/claims/a/', '/'), 'claims/a/index.html');
  assert.equal(fileOfPage('https://x.example/', '/'), 'index.html');
  assert.equal(fileOfPage('https://x.example/explainer/claims/a/', '/explainer/'), 'claims/a/index.html');
  assert.equal(fileOfPage('https://x.example/explainer/', '/explainer'), 'index.html');
});
