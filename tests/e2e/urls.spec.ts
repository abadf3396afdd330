import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseLockfile, unlockedUrls } from '../../src/lib/site/published-urls.ts';
import { parseRevisionLock, unlockedRevisions } from '../../src/lib/revisions/lock.ts';
import { currentContent } from '../../scripts/lib/read-content.ts';
import { chunked, DIST, idsInHtml } from './built-pages.ts';
import { anchors, routes } from '../../src/lib/site/paths.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const locked = parseLockfile(readFileSync(join(process.env.CONTENT_ROOT ?? join(ROOT, 'content'), 'published-urls.txt'), 'utf8'));
const published = new Set(parseLockfile(readFileSync(join(DIST, 'published-urls.txt'), 'utf8')));
const eventPages: Record<string, string> = JSON.parse(readFileSync(join(DIST, routes.eventPages().slice(1)), 'utf8'));

test('every URL this build publishes is in the committed lockfile', () => {
  const missing = unlockedUrls(locked, published);
  expect(missing, `not yet locked; run \`npm run lock\` and commit content/published-urls.txt:\n${missing.join('\n')}`).toEqual([]);
});

test('every claim and event this build publishes, and what each explainer rests on, is recorded as it is now in the committed revision lock', async () => {
  const lockfile = join(process.env.CONTENT_ROOT ?? join(ROOT, 'content'), 'published-claims.json');
  const { check } = await currentContent(new Date().toISOString().slice(0, 10));
  const stale = unlockedRevisions(parseRevisionLock(readFileSync(lockfile, 'utf8')), check!.revisions);
  expect(stale, `not recorded as they read now; run \`npm run lock\` and commit content/published-claims.json:\n${stale.join('\n')}`).toEqual([]);
});

// One test per chunk of locked URLs, so no test's time grows with the site.
// Requested over HTTP, as a link from elsewhere would be, and a #fragment
// looked for in the page's HTML: no browser needed.
for (const chunk of chunked(locked, 20, String, 'locked URLs')) {
  test(`every URL ever published still resolves: ${chunk.name}`, async ({ request }) => {
    const broken: string[] = [];
    for (const url of chunk.items) {
      const [path, hash] = url.split('#') as [string, string | undefined];
      const response = await request.get(path.replace(/^\//, ''));
      if (response.status() !== 200) {
        broken.push(`${url}: HTTP ${response.status()}`);
        continue;
      }
      if (!hash) continue;
      const id = decodeURIComponent(hash);
      // An event's permanent anchor is on /timeline/; when the event is on a later page, the timeline's script goes
      // there (the page's address, with the base path, is in event-pages.json).
      const eventAt = path === routes.timeline() ? Object.entries(eventPages).find(([event]) => anchors.event(event) === id)?.[1] : undefined;
      const html = eventAt ? await (await request.get(eventAt)).text() : await response.text();
      if (!idsInHtml(html).has(id)) broken.push(`${url}: no #${hash}`);
    }
    expect(broken, broken.join('\n')).toEqual([]);
  });
}
