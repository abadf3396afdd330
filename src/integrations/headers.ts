// Writes dist/_headers after the build, from the CSP Astro put into the pages,
// so the header and the <meta> can never disagree.
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { headersFile, mergeCsp } from '../lib/site/headers-file.ts';
import { EMBED_HEADER_DIRECTIVES, HEADER_ONLY_DIRECTIVES } from '../lib/site/csp.ts';

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
        const csp = headersFile(base, mergeCsp(policies, HEADER_ONLY_DIRECTIVES), {
          embedCsp: mergeCsp(policies, EMBED_HEADER_DIRECTIVES),
          cloudflare: Boolean(process.env.CF_PAGES),
        });
        writeFileSync(join(root, '_headers'), csp);
        logger.info(`wrote _headers (CSP merged from ${policies.length} pages)`);
      },
    },
  };
}
