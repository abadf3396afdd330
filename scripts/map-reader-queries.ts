// node scripts/map-reader-queries.ts <queries.json> [out.json]
//
// Turns a set of reader queries written from the seed articles alone (each with
// the sentences that answer it, copied from a seed file, or null for a question
// the articles do not answer) into the evaluation set the search test reads: each
// answer sentence becomes the claims whose evidence quotes lie in it (or that it
// lies in), and every query is put in one half, "tune" or "holdout", by a fixed
// hash of its words. The writer never saw the site, so this mapping is mechanical
// and the same for both halves.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentRoot } from '../src/lib/content/root.ts';
import { normalizeQuote } from '../src/lib/content/quotes.ts';
import { readClaims } from './lib/read-content.ts';
import { parse } from 'yaml';
import { format, resolveConfig } from 'prettier';
import { halfOf } from './lib/query-half.ts';

interface Written {
  query: string;
  kind: string;
  answers: { file: string; sentence: string }[] | null;
  note?: string;
}

const [input, output = 'tests/search-queries-blind.json'] = process.argv.slice(2);
if (!input) {
  console.error('usage: node scripts/map-reader-queries.ts <queries.json> [out.json]');
  process.exit(1);
}
const root = contentRoot();
const seedOf = new Map(
  readdirSync(join(root, 'sources'))
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => {
      const front = readFileSync(join(root, 'sources', f), 'utf8').split(/^---$/m)[1] ?? '';
      return [f.replace(/\.mdx$/, ''), (parse(front) as { seedFile?: string }).seedFile] as const;
    }),
);
const words = (s: string) =>
  normalizeQuote(s)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .split(/\s+/)
    .filter(Boolean);

/** The longest run of words the two texts share, as a share of the shorter one. */
function overlap(a: string[], b: string[]): number {
  let best = 0;
  for (let i = 0; i < a.length; i++)
    for (let j = 0; j < b.length; j++) {
      let k = 0;
      while (a[i + k] !== undefined && a[i + k] === b[j + k]) k++;
      if (k > best) best = k;
    }
  return best / Math.min(a.length, b.length);
}

const claims = readClaims(root);
const written: Written[] = JSON.parse(readFileSync(input, 'utf8'));
const unmapped: string[] = [];
const rows = written.map((w) => {
  const expect = new Set<string>();
  for (const a of w.answers ?? []) {
    const sentence = words(a.sentence);
    const found = claims.filter((c) => c.evidence.some((e) => seedOf.get(e.source) === a.file && overlap(words(e.quote), sentence) >= 0.6));
    if (!found.length) unmapped.push(`${w.query}: ${a.sentence}`);
    for (const c of found) expect.add(`/claims/${c.id}/`);
  }
  return { query: w.query, kind: w.kind, half: halfOf(w.query), expect: [...expect].sort(), answers: w.answers, ...(w.note ? { note: w.note } : {}) };
});
// Written as the repository formats JSON, so `format:check` passes on it.
writeFileSync(output, await format(JSON.stringify(rows, null, 1), { ...(await resolveConfig(import.meta.filename)), parser: 'json' }));
const count = (h: string) => rows.filter((r) => r.half === h).length;
console.log(`${rows.length} queries → ${output}: ${count('tune')} tune, ${count('holdout')} holdout`);
if (unmapped.length) {
  console.error(`no claim quotes these answers:\n${unmapped.join('\n')}`);
  process.exitCode = 1;
}
