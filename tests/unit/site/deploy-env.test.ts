import { test } from 'node:test';
import assert from 'node:assert/strict';
import { basePath, isDeployBuild, siteUrl } from '../../../src/lib/site/deploy-env.ts';

test('BASE_PATH and SITE_URL are normalised', () => {
  assert.equal(basePath({}), '/');
  assert.equal(basePath({ BASE_PATH: 'explainer' }), '/explainer/');
  assert.equal(basePath({ BASE_PATH: '/explainer/' }), '/explainer/');
  assert.equal(siteUrl({ SITE_URL: 'https://example.org/some/path' }), 'https://example.org');
  assert.equal(siteUrl({}), 'http://localhost:4321');
});

test('a deploy build refuses a missing or local SITE_URL, naming the fix', () => {
  assert.throws(
    () => siteUrl({ DEPLOY: '1' }),
    /SITE_URL is not set: a deploy build would write http:\/\/localhost:4321 into every canonical link.*SITE_URL=https:\/\/explainer\.example npm run build:deploy/,
  );
  assert.throws(() => siteUrl({ NETLIFY: 'true', SITE_URL: 'http://127.0.0.1:8080' }), /SITE_URL is "http:\/\/127\.0\.0\.1:8080", a local address/);
  assert.equal(siteUrl({ CF_PAGES: '1', SITE_URL: 'https://explainer.example/' }), 'https://explainer.example');
  assert.equal(siteUrl({ DEPLOY: '0' }), 'http://localhost:4321', 'DEPLOY=0 is a local build');
  assert.equal(isDeployBuild({ VERCEL: '1' }), true);
  assert.equal(isDeployBuild({ CI: 'true' }), false, 'CI alone is not a deploy: the tests build locally');
});
