// Long lists are split into pages so no page grows with the corpus: page 1
// lives at the list's own address, page n at <list>page/<n>/.

export interface Page<T> {
  number: number;
  items: T[];
  total: number;
  pages: number;
}

export function paginate<T>(items: T[], perPage: number): Page<T>[] {
  const pages = Math.max(1, Math.ceil(items.length / perPage));
  return Array.from({ length: pages }, (_, i) => ({ number: i + 1, items: items.slice(i * perPage, (i + 1) * perPage), total: items.length, pages }));
}

/** "/claims/" → page 1 "/claims/", page 3 "/claims/page/3/". */
export function pagePath(listPath: string, n: number): string {
  return n <= 1 ? listPath : `${listPath}page/${n}/`;
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
  return { claims: size(100), events: size(100), sources: size(100), actorClaims: size(40), actorEvents: size(20) };
}

export const PER_PAGE = perPage(process.env);
