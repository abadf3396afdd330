import { test } from 'node:test';
import assert from 'node:assert/strict';
import { basePath, siteUrl } from '../../src/lib/deploy-env.ts';

test('BASE_PATH and SITE_URL are normalised', () => {
  assert.equal(basePath({}), '/');
  assert.equal(basePath({ BASE_PATH: 'explainer' }), '/explainer/');
  assert.equal(basePath({ BASE_PATH: '/explainer/' }), '/explainer/');
  assert.equal(siteUrl({ SITE_URL: 'https://example.org/some/path' }), 'https://example.org');
  assert.equal(siteUrl({}), 'http://localhost:4321');
});
