// Runs src/lib/strip-preload.ts over the built scripts, then removes Vite's
// preload helper once nothing refers to it (see that file for why).
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stripPreloadHelper } from '../lib/strip-preload.ts';

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name), ext) : ext.test(e.name) ? [join(dir, e.name)] : [],
  );
}

export default function stripPreloadIntegration(): AstroIntegration {
  return {
    name: 'explainer-strip-preload',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const scripts = files(join(root, '_astro'), /\.js$/);
        const helpers = new Set<string>();
        for (const f of scripts) {
          const before = readFileSync(f, 'utf8');
          const { code, helper } = stripPreloadHelper(before);
          if (helper) helpers.add(helper);
          if (code !== before) writeFileSync(f, code);
        }
        const everything = files(root, /\.(js|html)$/).map((f) => readFileSync(f, 'utf8'));
        for (const h of helpers) {
          if (everything.some((text) => text.includes(h))) logger.warn(`${h} is still referenced; kept`);
          else {
            rmSync(join(root, '_astro', h));
            logger.info(`removed Vite's preload helper ${h}`);
          }
        }
      },
    },
  };
}
