// What the tests know about the build they run against.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { siteUrl, basePath } from '../../src/lib/site/deploy-env.ts';
import { DIST } from './built-pages.ts';

/** The absolute URL the site gives for a route (its canonical / share form). */
export function canonical(route: string): string {
  return new URL(basePath(process.env) + route.replace(/^\//, ''), siteUrl(process.env)).href;
}

export interface ClaimsJson {
  schemaVersion: number;
  claims: {
    id: string;
    url: string;
    statement: string;
    status: string;
    actors: { id: string }[];
    evidence: { source: string; quote: string; paragraph: number; url: string; originalUrl: string | null }[];
    aliases: string[];
  }[];
}

export function claimsJson(): ClaimsJson {
  return JSON.parse(readFileSync(join(DIST, 'claims.json'), 'utf8'));
}
