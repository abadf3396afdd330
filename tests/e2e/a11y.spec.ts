import { test, expect } from '@playwright/test';
import { axeViolations } from './axe.ts';

// axe scans every built page in the every-page sweep (every-page.spec.ts); this
// shows the scan, as the tests run it, finds what it should.
test('the scan finds what it should: an image without alt text, a link without a name, grey on grey', async ({ page }) => {
  await page.goto('');
  await page.evaluate(() => {
    const main = document.querySelector('main')!;
    main.insertAdjacentHTML('beforeend', '<img src="/favicon.svg"><a href="/"></a><p style="color:#bbb;background:#ccc">faint</p>');
  });
  const ids = (await axeViolations(page)).map((v) => v.split(':')[0]);
  expect(ids).toEqual(expect.arrayContaining(['image-alt', 'link-name', 'color-contrast']));
});
