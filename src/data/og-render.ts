// Renders share images at build time: satori lays out the card with fonts
// shipped in the repo's dependencies (no network), resvg turns it into a PNG.
// Images are cached by a hash of their content, so an unchanged claim's image
// is not drawn again on the next build. Builds may run in parallel on one
// cache, so an image is written to a temporary file of its own and renamed into
// place: a reader sees the whole image or none.

import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import { createHash, randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { ogCard, OG_SIZE, type OgCardInput } from '../lib/og-card.ts';

// Bump when the card's design changes, so cached images are redrawn.
const DESIGN_VERSION = 1;
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

const cacheDir = () => resolve(process.env.OG_CACHE_DIR ?? 'node_modules/.cache/explainer-og');

export async function renderOgPng(input: OgCardInput): Promise<Buffer> {
  const key = createHash('sha256')
    .update(JSON.stringify({ v: DESIGN_VERSION, input }))
    .digest('hex')
    .slice(0, 32);
  const file = join(cacheDir(), `${key}.png`);
  try {
    return readFileSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const svg = await satori(ogCard(input) as Parameters<typeof satori>[0], { ...OG_SIZE, fonts: loadFonts() });
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: OG_SIZE.width } }).render().asPng();
  mkdirSync(cacheDir(), { recursive: true });
  // Same directory, so the rename is atomic (same file system); unique per
  // process and call, so two writers never share a temporary file.
  const tmp = `${file}.${process.pid}.${randomUUID()}.tmp`;
  try {
    writeFileSync(tmp, png);
    renameSync(tmp, file);
  } catch (error) {
    rmSync(tmp, { force: true });
    throw error;
  }
  return png;
}
