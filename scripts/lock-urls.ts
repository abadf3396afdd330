// npm run urls:lock — adds the URLs the last build published (dist/published-urls.txt)
// to the committed lockfile. It never removes one: a published link stays published.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentRoot } from '../src/lib/content-root.ts';
import { formatLockfile, LOCKFILE, parseLockfile, unlockedUrls } from '../src/lib/published-urls.ts';

const built = join('dist', 'published-urls.txt');
if (!existsSync(built)) {
  console.error('urls:lock: dist/published-urls.txt is missing; run `npm run build` first');
  process.exit(1);
}
const lockfile = join(contentRoot(), LOCKFILE);
const locked = existsSync(lockfile) ? parseLockfile(readFileSync(lockfile, 'utf8')) : [];
const added = unlockedUrls(locked, new Set(parseLockfile(readFileSync(built, 'utf8'))));
writeFileSync(lockfile, formatLockfile([...locked, ...added]));
console.log(added.length ? `urls:lock: added ${added.length} URL(s):\n  ${added.join('\n  ')}` : 'urls:lock: nothing new');
