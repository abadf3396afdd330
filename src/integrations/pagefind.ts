// Builds the Pagefind index over the built pages as the last step of
// `astro build`, through Pagefind's Node API, so `npm run build` leaves a
// complete, searchable dist/ with no separate command to forget. Records that
// are not whole pages (source paragraphs, events, terms) come from
// dist/search-records.json, which is removed once indexed.

import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { routes } from '../lib/site/paths.ts';
import * as pagefind from 'pagefind';
import { RECORDS_FILE, type SearchRecord } from '../lib/search/records.ts';
import { stripIndexOnly } from '../lib/search/index-only.ts';

// Pagefind writes its own UI bundles too; the site uses its JS API only.
const UNUSED = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

function must<T extends { errors: string[] }>(what: string, response: T): T {
  if (response.errors.length) throw new Error(`Pagefind ${what} failed: ${response.errors.join('; ')}`);
  return response;
}

/** Takes the words pages were indexed with but never show out of every built page; returns how many changed. */
function stripIndexOnlyWords(site: string): number {
  let changed = 0;
  for (const entry of readdirSync(site, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const file = join(entry.parentPath, entry.name);
    const html = readFileSync(file, 'utf8');
    const out = stripIndexOnly(html);
    if (out !== html) {
      writeFileSync(file, out);
      changed++;
    }
  }
  return changed;
}

export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'explainer-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = performance.now();
        const { index } = must('start', await pagefind.createIndex({ forceLanguage: 'en' }));
        if (!index) throw new Error('Pagefind could not create an index');
        const pages = must('indexing', await index.addDirectory({ path: site }));
        const recordsFile = join(site, RECORDS_FILE);
        const records: SearchRecord[] = existsSync(recordsFile) ? JSON.parse(readFileSync(recordsFile, 'utf8')) : [];
        for (const r of records) must(`record ${r.url}`, await index.addCustomRecord({ ...r, language: 'en' }));
        rmSync(recordsFile, { force: true });
        must('writing', await index.writeFiles({ outputPath: join(site, 'pagefind') }));
        await pagefind.close();
        for (const f of UNUSED) rmSync(join(site, 'pagefind', f), { force: true });
        const stripped = stripIndexOnlyWords(site);
        logger.info(
          `indexed ${pages.page_count} pages and ${records.length} records in ${Math.round(performance.now() - started)} ms; took the index-only words out of ${stripped} pages`,
        );
        // The spelling vocabulary loads only when a search needs it, one letter at a time; its size is worth seeing.
        const vocabDir = join(site, dirname(routes.searchVocabulary('a')));
        if (existsSync(vocabDir)) {
          const files = readdirSync(vocabDir).map((f) => readFileSync(join(vocabDir, f)));
          const words = files.reduce((n, f) => n + (JSON.parse(f.toString()) as { words: string }).words.split(' ').length, 0);
          const gz = files.map((f) => gzipSync(f).length);
          const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
          logger.info(
            `spelling vocabulary: ${words} words in ${files.length} letter files, ${kb(gz.reduce((a, b) => a + b, 0))} gzipped in all, largest ${kb(Math.max(...gz))}`,
          );
        }
      },
    },
  };
}
