// Writes dist/_headers after the build, from the CSP Astro put into the pages,
// so the header and the <meta> can never disagree.
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { headersFile, mergeCsp } from '../lib/headers-file.ts';
import { HEADER_ONLY_DIRECTIVES } from '../lib/csp.ts';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? htmlFiles(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : [],
  );
}

export default function headersIntegration(): AstroIntegration {
  let base = '/';
  return {
    name: 'explainer-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const policies = htmlFiles(root)
          .map((f) => /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(readFileSync(f, 'utf8'))?.[1])
          .filter((p): p is string => Boolean(p));
        writeFileSync(join(root, '_headers'), headersFile(base, mergeCsp(policies, HEADER_ONLY_DIRECTIVES)));
        logger.info(`wrote _headers (CSP merged from ${policies.length} pages)`);
      },
    },
  };
}
