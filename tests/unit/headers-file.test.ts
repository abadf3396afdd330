import { test } from 'node:test';
import assert from 'node:assert/strict';
import { headersFile, mergeCsp } from '../../src/lib/headers-file.ts';

test('CSPs merge per directive, keeping each source once', () => {
  assert.equal(
    mergeCsp(["default-src 'self'; script-src 'self' 'sha256-a'", "script-src 'self' 'sha256-b'; style-src 'self'"], ["frame-ancestors 'none'"]),
    "default-src 'self'; script-src 'self' 'sha256-a' 'sha256-b'; style-src 'self'; frame-ancestors 'none'",
  );
});

test('the headers file covers every path under the base, and caches hashed files for a year', () => {
  const file = headersFile('/explainer/', "script-src 'self'");
  assert.match(file, /^\/explainer\/\*\n {2}Content-Security-Policy: script-src 'self'\n {2}X-Content-Type-Options: nosniff\n {2}Referrer-Policy: /);
  assert.match(file, /^\/explainer\/_astro\/\*\n {2}Cache-Control: public, max-age=31536000, immutable$/m);
  assert.match(file, /^\/explainer\/pagefind\/fragment\/\*\n {2}Cache-Control: public, max-age=31536000, immutable$/m);
  assert.match(file, /Permissions-Policy: camera=\(\)/);
});
