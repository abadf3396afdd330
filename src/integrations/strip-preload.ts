// Runs src/lib/site/strip-preload.ts over the built scripts (see that file for why).
// The helper file itself stays in dist/: once no script imports it, no page
// fetches it, and keeping it spares a scan of every built page for references.
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stripPreloadHelper } from '../lib/site/strip-preload.ts';

export default function stripPreloadIntegration(): AstroIntegration {
  return {
    name: 'explainer-strip-preload',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const assets = join(fileURLToPath(dir), '_astro');
        let unwrapped = 0;
        for (const name of readdirSync(assets).filter((n) => n.endsWith('.js'))) {
          const file = join(assets, name);
          const before = readFileSync(file, 'utf8');
          const { code } = stripPreloadHelper(before);
          if (code !== before) {
            writeFileSync(file, code);
            unwrapped++;
          }
        }
        logger.info(`unwrapped Vite's preload helper from ${unwrapped} scripts`);
      },
    },
  };
}
