// A cold build's slowest work is drawing the claims' share images. The first
// route that lists the claims' pages queues all of them (og-render.ts), so the
// workers draw while the build renders the pages: the images' own route comes
// late in the build and finds them drawn. Only in a build: the dev server draws
// an image when it is asked for.
import type { ClaimView } from '../site.ts';
import { claimCardInput } from './claim-meta.ts';
import { drawAhead } from './og-render.ts';

let queued = false;

export function drawClaimImagesAhead(claims: ClaimView[]): void {
  if (queued || !import.meta.env.PROD) return;
  queued = true;
  drawAhead(claims.map(claimCardInput));
}
