// Draws one share image: satori lays out the card with fonts shipped in the
// repo's dependencies (no network), resvg turns it into a PNG. Used by the
// drawing workers (og-worker.ts), and in the build's own thread where workers
// cannot start.
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { ogCard, OG_SIZE, type OgCardInput } from '../lib/og-card.ts';

const require = createRequire(import.meta.url);
const font = (pkg: string, file: string) => readFileSync(require.resolve(`${pkg}/files/${file}`));

let fonts: Parameters<typeof satori>[1]['fonts'] | undefined;
function loadFonts() {
  fonts ??= [
    { name: 'Inter', data: font('@fontsource/inter', 'inter-latin-400-normal.woff'), weight: 400, style: 'normal' },
    { name: 'Inter', data: font('@fontsource/inter', 'inter-latin-700-normal.woff'), weight: 700, style: 'normal' },
    { name: 'Source Serif', data: font('@fontsource/source-serif-4', 'source-serif-4-latin-600-normal.woff'), weight: 600, style: 'normal' },
  ];
  return fonts;
}

export async function drawOgPng(input: OgCardInput): Promise<Buffer> {
  const svg = await satori(ogCard(input) as Parameters<typeof satori>[0], { ...OG_SIZE, fonts: loadFonts() });
  return new Resvg(svg, { fitTo: { mode: 'width', value: OG_SIZE.width } }).render().asPng();
}
