// The committed list of every URL the site has published. Shared links must
// never break: a URL that was published and is no longer built fails the
// build (checks/published-urls.ts), and the fix is an alias (claims) or
// restoring the page. What a build publishes is read from the files it wrote.
import { routes } from './paths.ts';

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
    '# the build fails if one of these stops being built. `npm run lock` adds new ones;\n' +
    '# never delete a line — rename a claim with `aliases` instead.\n';
  return header + [...new Set(urls)].sort().join('\n') + '\n';
}

/** Published URLs missing from the lockfile: the build adds nothing by itself, so tests can ask for `npm run lock`. */
export function unlockedUrls(locked: string[], published: Set<string>): string[] {
  const have = new Set(locked);
  return [...published].filter((u) => !have.has(u)).sort();
}

/** Folders of build output that hold assets, not pages a reader links to. */
const ASSET_DIRS = new Set(['_astro', 'pagefind', 'og']);

/**
 * The URLs a build published, from the files it wrote (paths relative to the
 * output folder, "/"-separated): every page (x/index.html → /x/), every data
 * file at the top (claims.json, feeds), and the timeline's event anchors.
 */
export function builtUrls(files: string[], eventIds: string[]): Set<string> {
  const urls = new Set<string>();
  for (const f of files) {
    if (ASSET_DIRS.has(f.split('/')[0]!)) continue;
    if (f === 'index.html' || f.endsWith('/index.html')) urls.add(`/${f.slice(0, -'index.html'.length)}`);
    else if (!f.includes('/') && /\.(json|txt|xml)$/.test(f)) urls.add(`/${f}`);
  }
  for (const id of eventIds) urls.add(routes.event(id));
  return urls;
}
