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

/** Which content file writes a page's hand-made links: an explainer's MDX, the home page's explainer. */
function writtenIn(page: string): string {
  const explainer = /^explainers\/([a-z0-9-]+)\/$/.exec(page)?.[1];
  if (explainer) return `content/explainers/${explainer}.mdx`;
  if (page === '') return 'the home explainer (home: true in content/explainers/)';
  return `the page /${page}`;
}

/** Links between the site's pages that lead to no page this build wrote. */
export function checkInternalLinks(broken: BrokenLink[]): Problem[] {
  return broken.map((b) =>
    b.withoutBase
      ? {
          file: writtenIn(b.page),
          field: `link to ${b.href}`,
          message: `the site is served under ${b.withoutBase}, and the link leaves that out, so it leads outside the site`,
          fix: `write it as ${b.withoutBase.replace(/\/?$/, '')}${b.href}, or build it with withBase in src/lib/site/paths.ts`,
        }
      : {
          file: writtenIn(b.page),
          field: `link to ${b.href}`,
          message: 'this build publishes no page there, so the link leads to the 404 page',
          fix: 'correct the link: every published URL is listed in dist/published-urls.txt (the home explainer is /, not /explainers/<id>/)',
        },
  );
}
