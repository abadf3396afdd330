// Astro keeps parsed content in a cache it drops only when content.config.ts
// itself changes. The schemas live in src/lib/content/schemas.ts (so tests use them
// without Astro), and a change there would leave entries parsed by the old
// schema: a new field's default missing until the cache is deleted by hand.
// This drops the cache whenever the schemas change.
import type { AstroIntegration } from 'astro';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { cacheIsStale } from '../lib/content/schema-stamp.ts';

const SCHEMAS = fileURLToPath(new URL('../lib/content/schemas.ts', import.meta.url));

export default function schemaCache(): AstroIntegration {
  return {
    name: 'explainer-schema-cache',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const stamp = createHash('sha256').update(readFileSync(SCHEMAS)).digest('hex');
        // Builds keep the store in cacheDir; the dev server in .astro/.
        for (const dir of [fileURLToPath(config.cacheDir), fileURLToPath(new URL('.astro/', config.root))]) {
          const stampFile = join(dir, 'schemas.sha256');
          const store = join(dir, 'data-store.json');
          if (cacheIsStale(stamp, existsSync(stampFile) ? readFileSync(stampFile, 'utf8') : undefined) && existsSync(store)) {
            rmSync(store);
            logger.info(`content schemas changed: dropped ${store}`);
          }
          mkdirSync(dir, { recursive: true });
          writeFileSync(stampFile, stamp);
        }
      },
    },
  };
}
