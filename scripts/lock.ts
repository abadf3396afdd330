// npm run lock — records what the last build published, in two committed files:
// the URLs it wrote (content/published-urls.txt; a URL is never removed) and the
// story's revisions (content/published-claims.json: what each claim and event
// says, with its updates and corrections, and what each explainer rests on; see
// src/lib/revisions/). Run it after `npm run build`; the tests fail until both are current.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { contentRoot } from '../src/lib/content/root.ts';
import { formatLockfile, LOCKFILE, parseLockfile, unlockedUrls } from '../src/lib/site/published-urls.ts';
import { builtElsewhere, emptyLock, formatRevisionLock, mergeRevisions, parseRevisionLock, REVISION_LOCKFILE } from '../src/lib/revisions/lock.ts';
import { currentContent } from './lib/read-content.ts';

const dist = process.env.DIST ?? 'dist';
const need = (file: string) => {
  const path = join(dist, file);
  if (!existsSync(path)) {
    console.error(`lock: ${path} is missing; run \`npm run build\` first`);
    process.exit(1);
  }
  return readFileSync(path, 'utf8');
};
const builtUrls = need('published-urls.txt');
const claimsJson = JSON.parse(need('claims.json')) as { claims: { id: string }[] };

// A build of another content folder (a second story built with CONTENT_ROOT) would lock its pages into this one's files.
const claimFiles = existsSync(join(contentRoot(), 'claims')) ? readdirSync(join(contentRoot(), 'claims')) : [];
const foreign = builtElsewhere(
  claimsJson.claims.map((c) => c.id),
  claimFiles,
);
if (foreign.length) {
  const root = relative(process.cwd(), contentRoot()) || '.';
  console.error(
    `lock: ${dist}/ was not built from ${root}/: it holds claims ${root}/claims/ does not have (${foreign.slice(0, 3).join(', ')}${foreign.length > 3 ? ', …' : ''}).\n` +
      `  Fix: run \`npm run build\` for ${root}/ first, or lock the folder you built: CONTENT_ROOT=<that folder> npm run lock`,
  );
  process.exit(1);
}

const today = new Date().toISOString().slice(0, 10);
const { problems, check } = await currentContent(today);
if (!check || problems.length) {
  console.error(`lock: the content has ${problems.length} problem(s), so nothing is locked; run \`npm run build\` and fix what it reports`);
  process.exit(1);
}

const urlLock = join(contentRoot(), LOCKFILE);
const locked = existsSync(urlLock) ? parseLockfile(readFileSync(urlLock, 'utf8')) : [];
const added = unlockedUrls(locked, new Set(parseLockfile(builtUrls)));
writeFileSync(urlLock, formatLockfile([...locked, ...added]));
console.log(added.length ? `lock: added ${added.length} URL(s):\n  ${added.join('\n  ')}` : 'lock: no new URLs');

const revisionLock = join(contentRoot(), REVISION_LOCKFILE);
const revisions = existsSync(revisionLock) ? parseRevisionLock(readFileSync(revisionLock, 'utf8')) : emptyLock();
const merged = mergeRevisions(revisions, check.revisions, today);
writeFileSync(revisionLock, formatRevisionLock(merged.lock));
const said = (kind: string, verb: string, ids: string[]) => (ids.length ? `\n  ${kind} ${verb}: ${ids.join(', ')}` : '');
const lines = [
  said('claims', 'published', merged.claims.added),
  said('claims', 'updated or corrected', merged.claims.updated),
  said('events', 'published', merged.events.added),
  said('events', 'updated or corrected', merged.events.updated),
  said('explainers', 'recorded', merged.explainers.added),
  said('explainers', 'reread', merged.explainers.updated),
].join('');
console.log(lines ? `lock:${lines}` : 'lock: no claim, event or explainer changed');
