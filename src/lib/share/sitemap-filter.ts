// Which built pages the sitemap lists: those that ask to be indexed. A page
// with robots noindex (the 404 page, an old claim id's redirect, an embed card)
// is left out, so the sitemap never points a crawler at a redirect or an error.

/** Whether a page's HTML asks search engines not to index it. */
export function isNoindex(html: string): boolean {
  return /<meta\s+name="robots"\s+content="[^"]*noindex/i.test(html);
}

/** The built file for a page URL of this site: /base/claims/x/ → <outDir>/claims/x/index.html. */
export function fileOfPage(url: string, base: string): string {
  const path = decodeURIComponent(new URL(url).pathname);
  const b = base.endsWith('/') ? base : `${base}/`;
  const rest = path.startsWith(b) ? path.slice(b.length) : path.replace(/^\//, '');
  return rest === '' || rest.endsWith('/') ? `${rest}index.html` : rest;
}
