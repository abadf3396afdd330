// Shared links must never break: a URL that was published (it is in the
// committed lockfile) and that this build did not write fails the build.
import type { Problem } from './problems.ts';
import { claimIdOf } from '../paths.ts';

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
