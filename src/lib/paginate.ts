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

/** List sizes; LIST_PAGE_SIZE sets them all (tests use it to paginate a small corpus). */
export function perPage(env: Record<string, string | undefined>) {
  const n = Number(env.LIST_PAGE_SIZE);
  const size = (d: number) => (Number.isInteger(n) && n > 0 ? n : d);
  return { claims: size(100), events: size(100), sources: size(100), actorClaims: size(40), actorEvents: size(20) };
}

export const PER_PAGE = perPage(process.env);
