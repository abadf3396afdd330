// /robots.txt: everything may be crawled; the sitemap lists the pages worth indexing.
import type { APIRoute } from 'astro';
import { routes } from '../lib/paths.ts';
import { absolute } from '../lib/url.ts';

export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absolute(routes.sitemap())}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
