// npm run measure:search — after `npm run build`: index size, and in Chromium
// the bytes transferred for the first search from a claim page and the time
// from the last keystroke to results shown (then the same for a second search).
import { readdirSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { staticServer } from './lib/static-server.ts';
import { absoluteUrl, routes } from '../src/lib/site/paths.ts';
import { probeSearch, type SearchProbe } from './lib/search-probe.ts';

function sizes(dir: string): Record<string, number> {
  const out: Record<string, number> = {};
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else {
        const kind = e.name.endsWith('.js') ? 'js' : e.name.includes('wasm') ? 'wasm' : d.split('/').pop()!;
        out[kind] = (out[kind] ?? 0) + statSync(p).size;
      }
    }
  };
  walk(dir);
  return out;
}

const dist = process.env.DIST ?? 'dist';
// `npm run measure:search -- <first query> <second query>` for another corpus.
const queries = (process.argv.length >= 4 ? process.argv.slice(2, 4) : ['door locks', 'privacy']) as [string, string];
// KEY_DELAY_MS: milliseconds between keys (default 30, a fast typist; see probeSearch).
const keyDelay = Number(process.env.KEY_DELAY_MS ?? 30);
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const index = sizes(join(dist, 'pagefind'));
const claim = readdirSync(join(dist, 'claims'), { withFileTypes: true }).find((e) => e.isDirectory())!.name;
const server = await staticServer(dist, 4391);
try {
  const runs: SearchProbe[] = [];
  for (let i = 0; i < 3; i++) runs.push(await probeSearch(absoluteUrl(server.url, '/', routes.claim(claim)), server.reset, ...queries, keyDelay));
  const median = (f: (r: (typeof runs)[number]) => number) => runs.map(f).sort((a, b) => a - b)[1]!;
  const result = {
    claimPage: routes.claim(claim),
    indexBytes: index,
    indexTotal: Object.values(index).reduce((a, b) => a + b, 0),
    page: { sent: median((r) => r.page.sent), decoded: median((r) => r.page.decoded), requests: median((r) => r.page.requests) },
    firstSearch: {
      sent: median((r) => r.firstSearch.sent),
      decoded: median((r) => r.firstSearch.decoded),
      requests: median((r) => r.firstSearch.requests),
      ms: median((r) => r.firstSearch.ms),
      byKind: runs[1]!.firstSearch.byKind,
    },
    secondSearch: {
      sent: median((r) => r.secondSearch.sent),
      decoded: median((r) => r.secondSearch.decoded),
      requests: median((r) => r.secondSearch.requests),
      ms: median((r) => r.secondSearch.ms),
    },
  };
  const line = (c: { sent: number; decoded: number; requests: number }) => `${kb(c.sent)} transferred (gzip), ${kb(c.decoded)} decoded, ${c.requests} requests`;
  console.log(
    `index on disk (${dist}/pagefind): ${kb(result.indexTotal)}  ${Object.entries(index)
      .map(([k, v]) => `${k} ${kb(v)}`)
      .join(', ')}`,
  );
  console.log(`claim page ${result.claimPage}, first load: ${line(result.page)}`);
  console.log(`first search "${queries[0]}":  ${line(result.firstSearch)}; ${result.firstSearch.ms.toFixed(0)} ms from last keystroke to results`);
  console.log(
    `  of which: ${Object.entries(result.firstSearch.byKind)
      .sort((a, b) => b[1] - a[1])
      .map(([k, v]) => `${k} ${kb(v)}`)
      .join(', ')}`,
  );
  console.log(`second search "${queries[1]}":    ${line(result.secondSearch)}; ${result.secondSearch.ms.toFixed(0)} ms`);
  console.log(`(medians of 3 cold browser runs, typed ${keyDelay} ms a key, served gzipped by scripts/lib/static-server.ts)`);
  mkdirSync('.tmp', { recursive: true });
  writeFileSync('.tmp/measure-search.json', JSON.stringify(result, null, 2));
} finally {
  await server.close();
}
