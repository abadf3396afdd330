import { test } from 'node:test';
import assert from 'node:assert/strict';
import { headersFile, headersFor, mergeCsp, parseHeadersFile } from '../../../src/lib/site/headers-file.ts';

test('CSPs merge per directive, keeping each source once', () => {
  assert.equal(
    mergeCsp(["default-src 'self'; script-src 'self' 'sha256-a'", "script-src 'self' 'sha256-b'; style-src 'self'"], ["frame-ancestors 'none'"]),
    "default-src 'self'; script-src 'self' 'sha256-a' 'sha256-b'; style-src 'self'; frame-ancestors 'none'",
  );
});

test('the headers file covers every path under the base, and caches hashed files for a year', () => {
  const file = headersFile('/explainer/', "script-src 'self'", { embedCsp: "script-src 'self'; frame-ancestors *" });
  assert.match(file, /^\/explainer\/\*\n {2}Content-Security-Policy: script-src 'self'\n {2}X-Content-Type-Options: nosniff\n {2}Referrer-Policy: /);
  assert.match(file, /^\/explainer\/_astro\/\*\n {2}Cache-Control: public, max-age=31536000, immutable$/m);
  assert.match(file, /^\/explainer\/pagefind\/fragment\/\*\n {2}Cache-Control: public, max-age=31536000, immutable$/m);
  assert.match(file, /Permissions-Policy: camera=\(\)/);
});

const SITE = "default-src 'self'; frame-ancestors 'none'";
const CARD = "default-src 'self'; frame-ancestors *";

test('every page refuses to be framed but claim cards, also under a base path', () => {
  for (const base of ['/', '/explainer/']) {
    const rules = parseHeadersFile(headersFile(base, SITE, { embedCsp: CARD }));
    const page = headersFor(rules, `${base}claims/a/`);
    assert.equal(page['Content-Security-Policy'], SITE);
    assert.equal(page['X-Frame-Options'], 'DENY');
    const card = headersFor(rules, `${base}claims/a/embed/`);
    assert.equal(card['Content-Security-Policy'], CARD);
    assert.equal(headersFor(rules, `${base}claims/a/embed/x/`)['Content-Security-Policy'], SITE, 'a placeholder is one path segment');
    assert.equal(headersFor(rules, `${base}_astro/a.js`)['Cache-Control'], 'public, max-age=31536000, immutable');
  }
});

test('for Cloudflare Pages, which joins matching rules, the card rule detaches the site-wide policy first', () => {
  const file = headersFile('/', SITE, { embedCsp: CARD, cloudflare: true });
  assert.match(
    file,
    /^\/claims\/:id\/embed\/\n {2}! Content-Security-Policy\n {2}! X-Frame-Options\n {2}Content-Security-Policy: default-src 'self'; frame-ancestors \*$/m,
  );
  const card = headersFor(parseHeadersFile(file), '/claims/a/embed/');
  assert.equal(card['X-Frame-Options'], undefined);
  assert.equal(card['Content-Security-Policy'], CARD);
});
