// Links between the site's own pages, checked when the build is done: a link
// an editor wrote by hand in an explainer ([the claim](/claims/nope/)) is
// plain Markdown, so nothing else would notice it leads nowhere.

/** Root-relative paths a page's links, images, stylesheets and scripts point at, without #fragment or ?query. */
function rootPaths(html: string): string[] {
  const paths = new Set<string>();
  for (const m of html.matchAll(/<(?:a|link)\s[^>]*?(?<=\s)href="([^"]*)"|<(?:img|script)\s[^>]*?(?<=\s)src="([^"]*)"/g)) {
    const href = (m[1] ?? m[2]!).replace(/&amp;/g, '&');
    if (!href.startsWith('/') || href.startsWith('//')) continue;
    paths.add(decodeURIComponent(href.split(/[?#]/)[0]!));
  }
  return [...paths];
}

const slashed = (base: string) => (base.endsWith('/') ? base : `${base}/`);
const underBase = (path: string, base: string) => path.startsWith(slashed(base)) || `${path}/` === slashed(base);

/** The site paths a page's links and images point at, relative to the base ("claims/x/"), without #fragment or ?query. */
export function internalLinks(html: string, base: string): string[] {
  // A link outside the base path is outside this site.
  return rootPaths(html)
    .filter((p) => underBase(p, base))
    .map((p) => p.slice(slashed(base).length));
}

/** The file a site path is served from: "claims/x/" → "claims/x/index.html", "" → "index.html". */
export const fileOfPath = (path: string) => (path === '' || path.endsWith('/') ? `${path}index.html` : path);

export interface BrokenLink {
  /** The page with the link, relative to the base ("explainers/x/"). */
  page: string;
  href: string;
  /** Set when the link is to a page of this site written without the base path, as if the site were served at the root. */
  withoutBase?: string;
}

export function brokenLinks(pages: { page: string; html: string }[], base: string, exists: (file: string) => boolean): BrokenLink[] {
  return pages.flatMap(({ page, html }) => [
    ...internalLinks(html, base)
      .filter((p) => !exists(fileOfPath(p)))
      .map((p) => ({ page, href: `${slashed(base)}${p}` })),
    // Under a base path, a root-relative link outside it that names a file of this build lost its base: it 404s once
    // deployed. The host's own root ("/") may be linked on purpose.
    ...(slashed(base) === '/' ? [] : rootPaths(html).filter((p) => p !== '/' && !underBase(p, base) && exists(fileOfPath(p.slice(1))))).map((p) => ({
      page,
      href: p,
      withoutBase: base,
    })),
  ]);
}
