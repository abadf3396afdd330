// Shared links must never break: a URL that was published (it is in the
// committed lockfile) and that this build did not write fails the build, and
// so does a link between the site's own pages that leads nowhere.
import type { Problem } from '../content/problems.ts';
import { claimIdOf } from '../site/paths.ts';
import type { BrokenLink } from '../site/internal-links.ts';

/** Locked URLs this build no longer publishes, as problems naming the fix. */
export function checkLockedUrls(locked: string[], published: Set<string>, lockfilePath: string): Problem[] {
  return locked
    .filter((url) => !published.has(url))
    .map((url) => ({
      file: lockfilePath,
      field: url,
      message: 'this URL was published and is no longer built, so links to it would break',
      fix: claimIdOf(url) ? `add "${claimIdOf(url)}" to the aliases of the claim that replaced it` : 'restore the page, or keep its id',
    }));
}

/** The content file that writes a page's hand-made links, and its text: an explainer's MDX (the home page's is its home explainer). */
export type LinkSource = (page: string) => { file: string; text?: string } | undefined;

/** Where a link is written in its file: "line 12, link to /x/" when the text holds it, else "link to /x/". */
function linkField(href: string, text: string | undefined): string {
  const at = text?.split('\n').findIndex((l) => l.includes(`](${href}`) || l.includes(`]: ${href}`)) ?? -1;
  return at >= 0 ? `line ${at + 1}, link to ${href}` : `link to ${href}`;
}

/**
 * Links between the site's pages that lead to no page this build wrote, named
 * at the content file and line that write them. `published` holds the built
 * URLs, so a link that only lacks its last slash is told so.
 */
export function checkInternalLinks(broken: BrokenLink[], sourceOf: LinkSource = () => undefined, published: ReadonlySet<string> = new Set()): Problem[] {
  return broken.map((b) => {
    const source = sourceOf(b.page);
    const where = { file: source?.file ?? `the page /${b.page}`, field: linkField(b.href, source?.text) };
    if (b.withoutBase)
      return {
        ...where,
        message: `the site is served under ${b.withoutBase}, and the link leaves that out, so it leads outside the site`,
        fix: `write it as ${b.withoutBase.replace(/\/?$/, '')}${b.href}, or build it with withBase in src/lib/site/paths.ts`,
      };
    const slashed = b.href.replace(/([^/#?])([#?].*)?$/, '$1/$2');
    return {
      ...where,
      message: 'this build publishes no page there, so the link leads to the 404 page',
      fix: published.has(slashed.replace(/[#?].*$/, ''))
        ? `write ${slashed}: the site's addresses end in a slash`
        : 'correct the link: every published URL is listed in dist/published-urls.txt (the home explainer is /, not /explainers/<id>/)',
    };
  });
}
