// The committed list of every URL the site has published. Shared links must
// never break: a URL that was published and is no longer built fails the
// build, and the fix is an alias (claims) or restoring the page.
import type { Problem } from './integrity.ts';

export const LOCKFILE = 'published-urls.txt';

export function parseLockfile(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
}

export function formatLockfile(urls: Iterable<string>): string {
  const header =
    '# Every URL this site has published, one per line. Shared links must keep working:\n' +
    '# the build fails if one of these stops being built. `npm run urls:lock` adds new ones;\n' +
    '# never delete a line — rename a claim with `aliases` instead.\n';
  return header + [...new Set(urls)].sort().join('\n') + '\n';
}

/** Locked URLs this build no longer publishes, as problems naming the fix. */
export function checkLockedUrls(locked: string[], published: Set<string>, lockfilePath: string): Problem[] {
  return locked
    .filter((url) => !published.has(url))
    .map((url) => ({
      file: lockfilePath,
      field: url,
      message: 'this URL was published and is no longer built, so links to it would break',
      fix: url.startsWith('/claims/')
        ? `add "${url.split('/')[2]}" to the aliases of the claim that replaced it`
        : 'restore the page, or keep its id',
    }));
}

/** Published URLs missing from the lockfile: the build adds nothing by itself, so tests can ask for `npm run urls:lock`. */
export function unlockedUrls(locked: string[], published: Set<string>): string[] {
  const have = new Set(locked);
  return [...published].filter((u) => !have.has(u)).sort();
}
