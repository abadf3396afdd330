// The paths of a claim route (the claim's page, its embed card): every claim,
// and a redirect at each old id. The first claim route to run also queues
// every claim's share image (share/og-ahead.ts), so the images are drawn while
// the pages render. Apart from site.ts, so the site's views never reach into
// what draws images.
import { site } from './site.ts';
import { drawClaimImagesAhead } from './share/og-ahead.ts';

export async function claimRoutePaths() {
  const { claims, aliases } = await site();
  drawClaimImagesAhead(claims);
  return [
    ...claims.map((c) => ({ params: { id: c.id }, props: { id: c.id, aliasOf: undefined as string | undefined } })),
    ...[...aliases].map(([alias, id]) => ({ params: { id: alias }, props: { id, aliasOf: alias as string | undefined } })),
  ];
}
