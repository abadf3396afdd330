// @astrojs/sitemap, listing only the pages that ask to be indexed: the filter
// reads each built page (src/lib/share/sitemap-filter.ts says why).
import type { AstroIntegration } from 'astro';
import sitemap from '@astrojs/sitemap';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fileOfPage, isNoindex } from '../lib/share/sitemap-filter.ts';

export default function indexedSitemap(): AstroIntegration[] {
  let outDir = '';
  let base = '/';
  const locate: AstroIntegration = {
    name: 'explainer-sitemap-pages',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        base = config.base;
      },
    },
  };
  const keep = (url: string) => {
    const file = join(outDir, fileOfPage(url, base));
    return existsSync(file) && !isNoindex(readFileSync(file, 'utf8'));
  };
  return [locate, sitemap({ filter: keep })];
}
