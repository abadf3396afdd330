import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { builtPages } from './built-pages.ts';

// Every built page, scanned twice: light at desktop width and dark at phone
// width, so each page meets both themes and both layouts. Zero violations.
const variants = [
  { colorScheme: 'light' as const, viewport: { width: 1280, height: 900 } },
  { colorScheme: 'dark' as const, viewport: { width: 390, height: 844 } },
];
{
  for (const { colorScheme, viewport } of variants) {
    test.describe(`axe, ${colorScheme}, ${viewport.width}px`, () => {
      test.use({ colorScheme, viewport });
      for (const path of builtPages()) {
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
