// Long lists are split into pages so no page grows with the corpus: page 1
// lives at the list's own address, page n at routes.listPage(list, n).

export interface Page<T> {
  number: number;
  items: T[];
  total: number;
  pages: number;
}

/**
 * The fewest pages of at most `perPage` items, filled evenly (the first pages
 * one longer where the count does not divide), so a list of eleven with ten
 * to a page is six and five, never ten and one.
 */
export function paginate<T>(items: T[], perPage: number): Page<T>[] {
  const pages = Math.max(1, Math.ceil(items.length / perPage));
  const base = Math.floor(items.length / pages);
  const longer = items.length % pages;
  const start = (i: number) => i * base + Math.min(i, longer);
  return Array.from({ length: pages }, (_, i) => ({ number: i + 1, items: items.slice(start(i), start(i + 1)), total: items.length, pages }));
}

/**
 * The pages of a list that were published (in the URL lock) and that the list,
 * now shorter, no longer needs: each answers with a redirect to the list, so a
 * list page is no permanent address, and a claim, source or event is.
 */
export function pagesGone(locked: readonly string[], list: string, pages: number): number[] {
  const page = new RegExp(`^${list.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}page/(\\d+)/$`);
  return locked.flatMap((url) => {
    const n = Number(page.exec(url)?.[1]);
    return n > pages ? [n] : [];
  });
}

/**
 * The page numbers a pager shows: the first, the last, and `span` either side
 * of the current one, with "gap" where numbers are left out — so a list of a
 * hundred pages does not put a hundred links on each of them.
 */
export function pagerWindow(current: number, pages: number, span = 2): (number | 'gap')[] {
  const shown = new Set([1, pages]);
  for (let n = current - span; n <= current + span; n++) if (n >= 1 && n <= pages) shown.add(n);
  const sorted = [...shown].sort((a, b) => a - b);
  return sorted.flatMap((n, i) => {
    const prev = sorted[i - 1];
    if (prev === undefined || n === prev + 1) return [n];
    // A gap of one number is shown as that number: "…" would hide no more than it.
    return n === prev + 2 ? [prev + 1, n] : ['gap' as const, n];
  });
}

/** List sizes; LIST_PAGE_SIZE sets them all (tests use it to paginate a small corpus). */
export function perPage(env: Record<string, string | undefined>) {
  const n = Number(env.LIST_PAGE_SIZE);
  const size = (d: number) => (Number.isInteger(n) && n > 0 ? n : d);
  // As many as fit the 50 KB first-load budget when the page is full, at the
  // seed's item sizes (about 0.5 KB a claim card, 1.7 KB an event with its
  // claims, 0.4 KB a source): tests/e2e/every-page.spec.ts projects each list
  // page to its full size and fails when a size here is too large.
  return { claims: size(28), events: size(10), sources: size(40), actorClaims: size(30), actorEvents: size(15) };
}

export const PER_PAGE = perPage(process.env);
