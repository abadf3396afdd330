// /claims/<id>/oembed.json: the oEmbed description of a claim's card, found
// through the <link rel="alternate" type="application/json+oembed"> on its page.
import type { APIRoute, GetStaticPaths } from 'astro';
import { site } from '../../../data/site.ts';
import { claimOembed } from '../../../data/share/claim-meta.ts';

export const getStaticPaths = (async () => {
  const { claims } = await site();
  return claims.map((c) => ({ params: { id: c.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const claim = (await site()).claimById.get(params.id!)!;
  return new Response(JSON.stringify(claimOembed(claim)), { headers: { 'Content-Type': 'application/json+oembed; charset=utf-8' } });
};
