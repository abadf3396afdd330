// /robots.txt: everything may be crawled; the sitemap lists the pages worth indexing.
import type { APIRoute } from 'astro';
import { routes } from '../lib/site/paths.ts';
import { absolute } from '../lib/site/url.ts';

export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absolute(routes.sitemap())}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
