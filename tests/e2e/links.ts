// What the every-page sweep reads of a page's links: every same-origin
// reference (links, stylesheets, scripts, icons, images), its element ids, and
// words a lost space ran together.
import type { Page } from '@playwright/test';

export interface PageLinks {
  ids: string[];
  refs: string[];
  glued: string[];
}

export function pageLinks(page: Page): Promise<PageLinks> {
  return page.evaluate(() => ({
    ids: [...document.querySelectorAll('[id]')].map((e) => e.id),
    refs: [
      ...[...document.querySelectorAll<HTMLAnchorElement>('a[href]')].map((a) => a.href),
      ...[...document.querySelectorAll<HTMLLinkElement>('link[href]')].filter((l) => l.rel !== 'canonical').map((l) => l.href),
      ...[...document.querySelectorAll<HTMLScriptElement>('script[src]')].map((s) => s.src),
      ...[...document.querySelectorAll<HTMLImageElement>('img[src]')].map((i) => i.src),
    ],
    // A link or emphasis in the content or footer whose first or last letter
    // touches a letter of the text beside it (the space a template's line
    // break meant, lost when the HTML was compressed). Element beside element
    // is not checked: the claim markers and badges join elements by design.
    glued: [...document.querySelectorAll('main a, main strong, main em, main code, footer a, footer strong')].flatMap((el) => {
      const before = el.previousSibling?.nodeType === Node.TEXT_NODE ? el.previousSibling.textContent! : '';
      const after = el.nextSibling?.nodeType === Node.TEXT_NODE ? el.nextSibling.textContent! : '';
      const text = el.textContent ?? '';
      return (/\p{L}$/u.test(before) && /^\p{L}/u.test(text)) || (/\p{L}$/u.test(text) && /^\p{L}/u.test(after))
        ? [`${before.slice(-20)}${text}${after.slice(0, 20)}`]
        : [];
    }),
  }));
}
