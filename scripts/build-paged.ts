// npm run build:paged: builds the generated story of scripts/lib/paged-site.ts
// (lists of three per page) into dist-paged/. The story is written to the same
// folder each time, beside its own Astro cache: the cache keeps each entry's
// file path, so content in a fresh temporary folder would meet stale paths.
import { rmSync, writeFileSync } from 'node:fs';
import { formatLockfile, LOCKFILE } from '../src/lib/site/published-urls.ts';
import { resolve } from 'node:path';
import { generateCorpus } from './bench/generate.ts';
import { buildSite } from './lib/build-site.ts';
import { PAGED, pagedDist } from './lib/paged-site.ts';

const home = resolve('node_modules/.cache/paged-story');
const content = resolve(home, 'content');
// generateCorpus empties the folder first: no file of an earlier story is left.
generateCorpus(content, { claims: PAGED.claims });
// As if the lists were once longer: list pages published then, and no longer needed, redirect to their list.
writeFileSync(resolve(content, LOCKFILE), formatLockfile(PAGED.pagesGone));
const out = pagedDist();
rmSync(out, { recursive: true, force: true });
const run = buildSite(content, out, resolve(home, 'astro'), { env: { LIST_PAGE_SIZE: String(PAGED.listPageSize) } });
if (run.ok) console.log(`build:paged: ${PAGED.claims} claims, ${PAGED.listPageSize} to a list page, in ${out}`);
else {
  console.error(run.output.slice(-4000));
  process.exitCode = 1;
}
