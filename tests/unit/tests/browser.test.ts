import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chromiumPath, FULL_CHROMIUM, HEADLESS_SHELL } from '../../e2e/browser.ts';

const only =
  (...present: string[]) =>
  (p: string) =>
    present.includes(p);

test('the tests drive the headless shell when it is installed, Chromium when it is not, and CHROMIUM_PATH above both', () => {
  assert.equal(chromiumPath({}, false, only(HEADLESS_SHELL, FULL_CHROMIUM)), HEADLESS_SHELL);
  assert.equal(chromiumPath({}, false, only(FULL_CHROMIUM)), FULL_CHROMIUM);
  assert.equal(chromiumPath({ CHROMIUM_PATH: '/opt/c' }, false, only(HEADLESS_SHELL)), '/opt/c');
});

test('Lighthouse asks for the full browser even where the headless shell is installed', () => {
  assert.equal(chromiumPath({}, true, only(HEADLESS_SHELL, FULL_CHROMIUM)), FULL_CHROMIUM);
});
