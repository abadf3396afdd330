// Content reaches the built pages as written: a renamed claim keeps its old URL
// as a redirect (aliases); a removed page fails the build once the pages are
// written, naming the URL and the fix (a removed or renamed claim or event is
// refused earlier, by the content check: content-errors.test.ts); and text in an
// article renders literally.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildFixture, edit, renameClaim } from './fixture.ts';

test('a renamed claim redirects through aliases; a removed explainer fails the build after the pages are written', () => {
  let redirect = '';
  let article = '';
  let published = '';
  let sitemap = '';
  const r = buildFixture(
    (dir) => {
      renameClaim(dir, 'amazon-declined-to-comment', 'amazon-would-not-comment');
      edit(dir, 'claims/amazon-would-not-comment.yaml', (t) => `${t}aliases: [amazon-declined-to-comment]\n`);
      rmSync(join(dir, 'explainers/proactive-state-data.mdx'));
      // A hand-written link to no page the content check knows of: found once the pages are written.
      edit(dir, 'explainers/what-amazon-said.mdx', (t) => `${t}\nSee [the dates](/timelines/).\n`);
      // Text that looks like markup, in the article as fetched and so in its archived copy.
      edit(dir, 'seeds/000_6ce41bf959fd6d3b.txt', (t) => `${t}\nA reader wrote <script>alert(1)</script> and {props} here.\n`);
      edit(dir, 'sources/verge-2021-04-15-amazon-ecobee.mdx', (t) => `${t}\nA reader wrote \\<script\\>alert(1)\\</script\\> and \\{props\\} here.\n`);
    },
    (dist) => {
      redirect = readFileSync(join(dist, 'claims/amazon-declined-to-comment/index.html'), 'utf8');
      article = readFileSync(join(dist, 'sources/verge-2021-04-15-amazon-ecobee/index.html'), 'utf8');
      published = readFileSync(join(dist, 'published-urls.txt'), 'utf8');
      sitemap = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
    },
  );
  assert.equal(r.ok, false);
  assert.match(
    r.output,
    /published-urls\.txt → \/explainers\/proactive-state-data\/: this URL was published and is no longer built.*\n\s+Fix: restore the page/,
  );
  assert.doesNotMatch(r.output, /amazon-declined-to-comment\/: this URL was published/);
  assert.match(
    r.output,
    /content\/explainers\/what-amazon-said\.mdx → line \d+, link to \/timelines\/: this build publishes no page there, so the link leads to the 404 page\.\n\s+Fix: correct the link/,
  );
  // The report alone, as for every content problem: no stack trace, no Astro banner, and what was left behind.
  assert.doesNotMatch(r.output, /^\s+at |\[ERROR\]|Location:/m);
  assert.match(r.output, /The pages were written to .*, but they break links: do not deploy them\. Fix the files above and build again\./);

  assert.match(redirect, /<meta http-equiv="refresh" content="0; url=\/claims\/amazon-would-not-comment\/">/);
  assert.match(redirect, /<link rel="canonical" href="http:\/\/localhost:4321\/claims\/amazon-would-not-comment\/">/);
  assert.match(published, /^\/claims\/amazon-would-not-comment\/$/m, 'a new page is published the day it is built');
  assert.match(published, /^\/claims\/amazon-declined-to-comment\/$/m);

  // The sitemap lists the claim's new address, never the redirect at its old one or the 404 page.
  assert.match(sitemap, /<loc>http:\/\/localhost:4321\/claims\/amazon-would-not-comment\/<\/loc>/);
  assert.doesNotMatch(sitemap, /amazon-declined-to-comment|404/);

  assert.match(article, /A reader wrote &lt;script&gt;alert\(1\)&lt;\/script&gt; and \{props\} here\./);
  assert.doesNotMatch(article, /<script>alert\(1\)<\/script>/);
});
