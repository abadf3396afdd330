import { test, expect } from '@playwright/test';
import { axeViolations } from './axe.ts';
import { builtPageChunks, templatePages } from './built-pages.ts';

// axe on every built page, light at desktop width; and on the largest page of
// each template (every claim page shares one) again dark at phone width, so
// each template meets both themes and both layouts. Zero violations. A content
// problem (an empty link, a duplicate id) shows in the first scan of its page;
// what the second adds, contrast in the other theme and the phone layout, the
// template decides. One test per chunk of pages, each scanned in turn in one
// browser page, so no test's time grows with the site.
const LIGHT = { colorScheme: 'light', viewport: { width: 1280, height: 900 } } as const;
const DARK = { colorScheme: 'dark', viewport: { width: 390, height: 844 } } as const;
const secondPass = new Set(templatePages());

const CHUNK = 8;

for (const chunk of builtPageChunks(CHUNK)) {
  test(`axe: ${chunk.name}`, async ({ page }) => {
    // Up to two scans a page; generous, as a loaded machine takes several times as long.
    test.setTimeout(CHUNK * 10_000);
    const failures: string[] = [];
    for (const path of chunk.items) {
      for (const mode of secondPass.has(path) ? [LIGHT, DARK] : [LIGHT]) {
        await page.emulateMedia({ colorScheme: mode.colorScheme });
        await page.setViewportSize(mode.viewport);
        await page.goto(path);
        for (const v of await axeViolations(page)) failures.push(`/${path} (${mode.colorScheme}, ${mode.viewport.width}px) ${v}`);
      }
    }
    expect(failures, failures.join('\n')).toEqual([]);
  });
}

test('the scan finds what it should: an image without alt text, a link without a name, grey on grey', async ({ page }) => {
  await page.goto('');
  await page.evaluate(() => {
    const main = document.querySelector('main')!;
    main.insertAdjacentHTML('beforeend', '<img src="/favicon.svg"><a href="/"></a><p style="color:#bbb;background:#ccc">faint</p>');
  });
  const ids = (await axeViolations(page)).map((v) => v.split(':')[0]);
  expect(ids).toEqual(expect.arrayContaining(['image-alt', 'link-name', 'color-contrast']));
});
