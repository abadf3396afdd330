// What a page's first load costs and does: the byte budgets, layout shift
// while loading, and the wait for late requests. Used by the every-page sweep
// (every-page.spec.ts) and the half-arrived pages (arriving.spec.ts).
import type { Page, Request } from '@playwright/test';

export const PAGE_TOTAL = 50 * 1024;
/** A claim card framed in other sites' pages loads far less (issue 11). */
export const EMBED_TOTAL = 15 * 1024;
export const JS_TOTAL = 10 * 1024;
export const PHONE_VIEWPORT = { width: 390, height: 844 };

/**
 * From the next navigation on, sums the page's layout shifts (not those
 * following input, nor those of blank text alone) into window.__cls and describes what moved in
 * window.__shifted, for the test to read back.
 */
export async function observeShifts(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __cls: number; __shifted: string[] };
    w.__cls = 0;
    w.__shifted = [];
    type Shift = PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: { node?: Node }[] };
    const blank = (n?: Node) => n?.nodeType === Node.TEXT_NODE && !n.textContent?.trim();
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as Shift[]) {
        if (e.hadRecentInput) continue;
        // A space between two inline elements that ends the HTML parsed so far
        // is laid out at its line's end, and Chrome reports it moved when the
        // next element arrives, even with the same rect before and after. It
        // has no ink: nothing a reader sees moved. (Prose by editors is full of
        // them; any other node in the entry still counts.)
        if (e.sources?.length && e.sources.every((s) => blank(s.node))) continue;
        w.__cls += e.value;
        for (const s of e.sources ?? [])
          w.__shifted.push(
            (s.node as Element | undefined)?.outerHTML?.slice(0, 100) ??
              `${s.node?.nodeName} "${s.node?.textContent?.trim().slice(0, 60)}" in <${s.node?.parentElement?.className}>`,
          );
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** The shifts observeShifts has summed on the current page. */
export const shifts = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { __cls: number; __shifted: string[] };
    return { cls: w.__cls, shifted: w.__shifted };
  });

/**
 * After the load event, waits until no request has been in flight for 200 ms:
 * what a page fetches late (fonts found by layout, anything lazy) is counted.
 * Playwright's networkidle waits 500 ms, which across every page was a third
 * of the sweep.
 */
export async function quiet(page: Page, ms = 200) {
  const inFlight = new Set<Request>();
  let last = Date.now();
  const start = (r: Request) => void (inFlight.add(r), (last = Date.now()));
  const end = (r: Request) => void (inFlight.delete(r), (last = Date.now()));
  page.on('request', start);
  page.on('requestfinished', end);
  page.on('requestfailed', end);
  try {
    while (inFlight.size || Date.now() - last < ms) await page.waitForTimeout(50);
  } finally {
    page.off('request', start);
    page.off('requestfinished', end);
    page.off('requestfailed', end);
  }
}

/** Decoded bytes of the loaded page by kind, its inline script, and the lists it holds (for the full-page projection). */
export function loadedBytes(page: Page) {
  return page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const res = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const kind = (r: PerformanceResourceTiming) =>
      r.initiatorType === 'script' || /\.m?js(\?|$)/.test(r.name)
        ? 'js'
        : /\.css(\?|$)/.test(r.name)
          ? 'css'
          : /\.(woff2?|ttf|otf)(\?|$)/.test(r.name)
            ? 'font'
            : 'other';
    const sum = (k: string) => res.filter((r) => kind(r) === k).reduce((n, r) => n + r.decodedBodySize, 0);
    // Inline scripts count as JS too (they are part of the HTML bytes already; reported apart).
    const inlineJs = [...document.querySelectorAll('script:not([src]):not([type="application/ld+json"])')].reduce(
      (n, s) => n + (s.textContent?.length ?? 0),
      0,
    );
    const lists = [...new Set([...document.querySelectorAll<HTMLElement>('[data-list]')].map((l) => l.dataset.list!))].map((kind) => {
      const items = [...document.querySelectorAll(`[data-list="${kind}"] > li`)].map((li) => new TextEncoder().encode(li.outerHTML).length);
      return { kind, n: items.length, mean: items.reduce((a, b) => a + b, 0) / items.length };
    });
    return { html: nav.decodedBodySize, css: sum('css'), js: sum('js'), font: sum('font'), inlineJs, lists };
  });
}
