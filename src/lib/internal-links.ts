// Links between the site's own pages, checked when the build is done: a link
// an editor wrote by hand in an explainer ([the claim](/claims/nope/)) is
// plain Markdown, so nothing else would notice it leads nowhere.

/** The site paths a page's links and images point at, relative to the base ("claims/x/"), without #fragment or ?query. */
export function internalLinks(html: string, base: string): string[] {
  const b = base.endsWith('/') ? base : `${base}/`;
  const paths = new Set<string>();
  for (const m of html.matchAll(/<a\s[^>]*?href="([^"]*)"|<img\s[^>]*?src="([^"]*)"/g)) {
    const href = (m[1] ?? m[2]!).replace(/&amp;/g, '&');
    if (!href.startsWith('/') || href.startsWith('//')) continue;
    const path = decodeURIComponent(href.split(/[?#]/)[0]!);
    // A link outside the base path is outside this site.
    if (path.startsWith(b) || `${path}/` === b) paths.add(path.slice(b.length));
  }
  return [...paths];
}

/** The file a site path is served from: "claims/x/" → "claims/x/index.html", "" → "index.html". */
export const fileOfPath = (path: string) => (path === '' || path.endsWith('/') ? `${path}index.html` : path);

export interface BrokenLink {
  /** The page with the link, relative to the base ("explainers/x/"). */
  page: string;
  href: string;
}

export function brokenLinks(pages: { page: string; html: string }[], base: string, exists: (file: string) => boolean): BrokenLink[] {
  return pages.flatMap(({ page, html }) =>
    internalLinks(html, base)
      .filter((p) => !exists(fileOfPath(p)))
      .map((p) => ({ page, href: `${base.replace(/\/?$/, '/')}${p}` })),
  );
}
