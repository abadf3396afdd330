// /og/claims/<id>.png: the share image of one claim.
import type { APIRoute, GetStaticPaths } from 'astro';
import { site } from '../../../data/site.ts';
import { renderOgPng } from '../../../data/share/og-render.ts';
import { claimCardInput } from '../../../data/share/claim-meta.ts';
import { drawClaimImagesAhead } from '../../../data/share/og-ahead.ts';

export const getStaticPaths = (async () => {
  const { claims } = await site();
  drawClaimImagesAhead(claims);
  return claims.map((c) => ({ params: { id: c.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { claimById } = await site();
  const png = await renderOgPng(claimCardInput(claimById.get(params.id!)!));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
