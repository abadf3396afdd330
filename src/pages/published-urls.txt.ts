// /published-urls.txt: the URLs this build publishes. `npm run urls:lock`
// merges it into content/published-urls.txt; tests compare the two.
import type { APIRoute } from 'astro';
import { site } from '../data/site.ts';

export const GET: APIRoute = async () => {
  const { published } = await site();
  return new Response([...published].sort().join('\n') + '\n', { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
