// axe-core, as every browser test runs it: the WCAG 2.0–2.2 A and AA rules and
// axe's best practices, violations only. axe is put into the page and run
// there directly. @axe-core/playwright's builder also opens a blank page for
// each scan to merge frame results (these pages have no frames), which made a
// scan take 2.5–3.5 s instead of 0.3–0.5 s; and a page that scans one built
// page after another reuses axe's compiled code.
import axe from 'axe-core';
import type { Page } from '@playwright/test';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** Each violation on the page as it stands: "rule: help" and the elements, one a line. */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  return page.evaluate(async (tags) => {
    const { violations } = await (window as unknown as { axe: typeof axe }).axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    });
    return violations.map((v) => `${v.id}: ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`);
  }, TAGS);
}
