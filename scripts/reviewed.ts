// npm run reviewed -- <explainer> [<explainer>…]: records that an editor reread
// the explainers against what they rest on now (content/published-claims.json),
// after the build named their lines to reread (src/lib/revisions/explainers.ts).
// With no explainer named, lists those the build would refuse, and why.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentRoot } from '../src/lib/content/root.ts';
import { emptyLock, formatRevisionLock, parseRevisionLock, REVISION_LOCKFILE, stampReviewed } from '../src/lib/revisions/lock.ts';
import { currentContent } from './lib/read-content.ts';

const ids = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const today = new Date().toISOString().slice(0, 10);
const { problems, check } = await currentContent(today);
if (!check) {
  console.error(`reviewed: ${problems.length} content file(s) cannot be read; run \`npm run build\` and fix them first`);
  process.exit(1);
}
const stale = problems.filter((p) => p.file.includes('/explainers/') && p.message.startsWith('rests on what changed'));
if (!ids.length) {
  if (!stale.length) console.log('reviewed: no explainer rests on anything that changed since it was last reread');
  for (const p of stale)
    console.log(
      `${p.file}: ${p.message}\n  then: npm run reviewed -- ${p.file
        .split('/')
        .pop()!
        .replace(/\.mdx$/, '')}`,
    );
  process.exit(0);
}
const known = new Map(check.revisions.explainers.map((x) => [x.id, x]));
const unknown = ids.filter((id) => !known.has(id));
if (unknown.length) {
  console.error(`reviewed: no explainer "${unknown[0]}"; the explainers are ${[...known.keys()].join(', ')}`);
  process.exit(1);
}
const path = join(contentRoot(), REVISION_LOCKFILE);
const lock = existsSync(path) ? parseRevisionLock(readFileSync(path, 'utf8')) : emptyLock();
writeFileSync(
  path,
  formatRevisionLock(
    stampReviewed(
      lock,
      ids.map((id) => known.get(id)!),
      today,
    ),
  ),
);
console.log(`reviewed: recorded that ${ids.join(', ')} ${ids.length > 1 ? 'were' : 'was'} reread on ${today}; now npm run build && npm run lock`);
