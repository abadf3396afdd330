import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { builtPages, templatePages } from './built-pages.ts';

// Every built page, light at desktop width; and the largest page of each
// template (every claim page shares one) dark at phone width, so each template
// meets both themes and both layouts. Zero violations. A content problem (an
// empty link, a duplicate id) shows in the first scan of its page; what the
// second adds, contrast in the other theme and the phone layout, the template decides.
const variants = [
  { colorScheme: 'light' as const, viewport: { width: 1280, height: 900 }, pages: builtPages() },
  { colorScheme: 'dark' as const, viewport: { width: 390, height: 844 }, pages: templatePages() },
];
{
  for (const { colorScheme, viewport, pages } of variants) {
    test.describe(`axe, ${colorScheme}, ${viewport.width}px`, () => {
      test.use({ colorScheme, viewport });
      for (const path of pages) {
        test(`/${path}`, async ({ page }) => {
          await page.goto(path);
          const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
          const summary = results.violations.map((v) => `${v.id}: ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`);
          expect(summary, summary.join('\n')).toEqual([]);
        });
      }
    });
  }
}
