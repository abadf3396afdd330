// The search's byte budget on built sites, as a reader meets it: a claim page
// loads, then a first search typed into the header field, gzipped as a static
// host sends it; also a search with a word the sources print in another form,
// which loads its letter's forms file. `npm run bench` measures the same at
// 100, 1,000 and 10,000 generated claims.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { staticServer } from '../../scripts/lib/static-server.ts';
import { probeSearch } from '../../scripts/lib/search-probe.ts';
import { builtPagedSite } from '../../scripts/lib/paged-site.ts';
import { PROBE_QUERIES } from '../../scripts/bench/generate.ts';
import { absoluteUrl, routes } from '../../src/lib/site/paths.ts';
import { PAGE_TOTAL } from '../e2e/first-load.ts';

/** A first search below 10,000 claims. */
const FIRST_SEARCH = 150 * 1024;
/**
 * The story's first searches, over FIRST_SEARCH: each claim is indexed with its
 * related words (WordNet's and word vectors', for questions in other words), which
 * take its index from one of Pagefind's fixed chunks of 20,000 word positions to
 * three (about 29 KB each), and a source's fragment is its whole article. A
 * two-word query loads two chunks; one with a word in another form ("refusal")
 * searches again with the sources' word ("refused"), often in a third chunk, and
 * loads that search's pages too. Ceilings against growth, not goals.
 */
const STORY_FIRST_SEARCH = { plain: 162 * 1024, otherForm: 212 * 1024 };
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

async function probe(dist: string, queries: readonly { first: string; second: string; budget: number }[]) {
  const claims = JSON.parse(readFileSync(join(dist, 'claims.json'), 'utf8')).claims as { id: string }[];
  const server = await staticServer(dist, 4397);
  try {
    const at = absoluteUrl(server.url, '/', routes.claim(claims[0]!.id));
    for (const { first, second, budget } of queries) {
      const p = await probeSearch(at, server.reset, first, second);
      const line = `${dist} "${first}": page ${kb(p.page.sent)}, first search ${kb(p.firstSearch.sent)}, then "${second}" ${kb(p.secondSearch.sent)}`;
      console.log(line);
      assert.ok(p.page.sent <= PAGE_TOTAL, `${line}: over ${kb(PAGE_TOTAL)}`);
      assert.ok(p.firstSearch.sent <= budget, `${line}: over ${kb(budget)}`);
      assert.ok(p.firstSearch.requests > 0, `${line}: the search loaded nothing`);
    }
  } finally {
    await server.close();
  }
}

test(`a generated story (npm run build:paged): a claim page within ${kb(PAGE_TOTAL)}, a first search within ${kb(FIRST_SEARCH)}`, async () => {
  await probe(builtPagedSite(), [{ first: PROBE_QUERIES[1], second: PROBE_QUERIES[0], budget: FIRST_SEARCH }]);
});

test(`the story (DIST, default dist/): a claim page within ${kb(PAGE_TOTAL)}, first searches within their ceilings`, async () => {
  await probe(process.env.DIST ?? 'dist', [
    { first: 'door locks', second: 'privacy', budget: STORY_FIRST_SEARCH.plain },
    // "refusal" is on no result: its letter's forms file loads, and the sources' "refused" is searched.
    { first: "amazon's refusal", second: 'threat', budget: STORY_FIRST_SEARCH.otherForm },
  ]);
});
