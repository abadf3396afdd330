// Draws one share image. Pango (through sharp, which Astro already depends on)
// sets each text in the repo's own fonts and returns its ink as a mask; the
// masks are painted as palette indices where src/lib/share/og-card.ts places them
// (src/lib/share/raster.ts), and written as a palette PNG (src/lib/share/png.ts). A card
// costs about 12.5 ms of CPU, where laying it out as SVG with satori and
// rasterising with resvg cost 40. Used by the drawing workers (og-worker.ts),
// and in the build's own thread where workers cannot start.
import sharp from 'sharp';
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import {
  BAR_WIDTH,
  layoutCard,
  OG_COLORS,
  OG_SIZE,
  pillFor,
  PILL,
  placeStatement,
  shortened,
  siteNameWidth,
  statementSizes,
  statementStyle,
  STYLES,
  TEXT_WIDTH,
  type Box,
  type OgCardInput,
  type OgColor,
  type OgFace,
  type Point,
  type TextStyle,
} from '../../lib/share/og-card.ts';
import { encodeIndexedPng } from '../../lib/share/png.ts';
import { hexRgb, indexedCanvas, inkPalette, paintMask, type Mask } from '../../lib/share/raster.ts';
import { woffToSfnt } from '../../lib/share/woff.ts';

/** Where drawn images, and the fonts unpacked to draw them, are kept between builds. */
export const ogCacheDir = () => resolve(process.env.OG_CACHE_DIR ?? 'node_modules/.cache/explainer-og');

const require = createRequire(import.meta.url);

/** Each face: the WOFF it ships as, and how Pango asks for it (the family name as the file declares it). */
const FACES: Record<OgFace, { woff: string; family: string; style: string }> = {
  serif: { woff: '@fontsource/source-serif-4/files/source-serif-4-latin-600-normal.woff', family: 'Source Serif 4 SemiBold', style: '' },
  sans: { woff: '@fontsource/inter/files/inter-latin-400-normal.woff', family: 'Inter', style: '' },
  sansBold: { woff: '@fontsource/inter/files/inter-latin-700-normal.woff', family: 'Inter', style: 'Bold' },
};

/** A Pango font description: "Inter, Bold 30px" (the family list ends at its comma). */
const pangoFont = (face: OgFace, px: number, family = FACES[face].family) => [`${family},`, FACES[face].style, `${px}px`].filter(Boolean).join(' ');

/**
 * Writes a cache file so that a reader sees all of it or none: builds may run
 * in parallel on one cache. The temporary file is in the same directory (so
 * the rename is atomic) and unique to this thread and call.
 */
export function writeWhole(file: string, data: Uint8Array): void {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.${randomUUID()}.tmp`;
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, file);
  } catch (error) {
    rmSync(tmp, { force: true });
    throw error;
  }
}

const fontFiles = new Map<OgFace, string>();
/** The face as a plain font file, unpacked from its WOFF once into the cache (named by its content, written whole). */
function fontFile(face: OgFace): string {
  let file = fontFiles.get(face);
  if (file) return file;
  const woff = readFileSync(require.resolve(FACES[face].woff));
  const dir = join(ogCacheDir(), 'fonts');
  file = join(dir, `${face}-${createHash('sha256').update(woff).digest('hex').slice(0, 12)}.ttf`);
  if (!existsSync(file)) writeWhole(file, woffToSfnt(woff));
  fontFiles.set(face, file);
  return file;
}

/** Pango reads its text as markup. */
const markupText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The ink of `text` set in `style`, wrapped at `width`, cropped to the ink. `family` is for tests: a face nobody has. */
export async function setText(text: string, style: Pick<TextStyle, 'face' | 'size'>, width: number, family?: string): Promise<Mask> {
  const font = pangoFont(style.face, style.size, family);
  const { data, info } = await sharp({ text: { text: markupText(text), font, fontfile: fontFile(style.face), width, wrap: 'word-char' } })
    .extractChannel(0)
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

// Site name, status labels, source lists and pills repeat from card to card: made once.
const made = new Map<string, Promise<Mask>>();
function once(key: unknown[], make: () => Promise<Mask>): Promise<Mask> {
  const k = JSON.stringify(key);
  let mask = made.get(k);
  if (!mask) {
    if (made.size > 500) made.clear();
    mask = make();
    made.set(k, mask);
  }
  return mask;
}

const setRepeated = (text: string, style: TextStyle, width: number) => once([text, style.face, style.size, width], () => setText(text, style, width));

/** The pill's outline as a mask, drawn by librsvg from a rounded rectangle. */
function pillMask(box: Box): Promise<Mask> {
  const b = PILL.border;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${box.width}" height="${box.height}"><rect x="${b / 2}" y="${b / 2}" width="${box.width - b}" height="${box.height - b}" rx="${(box.height - b) / 2}" fill="none" stroke="#000" stroke-width="${b}"/></svg>`;
  return once(['pill', box.width, box.height], () =>
    sharp(Buffer.from(svg))
      .extractChannel(3)
      .raw()
      .toBuffer({ resolveWithObject: true })
      .then(({ data, info }) => ({ data, width: info.width, height: info.height })),
  );
}

export interface SetStatement {
  mask: Mask;
  at: Point;
  size: number;
  /** The words set: the statement, or its first words and an ellipsis when even the smallest size cannot hold it. */
  text: string;
}

/** The statement at the largest size that fits; at the smallest, cut at a word with an ellipsis if it must be. */
async function setStatement(statement: string, fits: (mask: Mask) => Point | undefined): Promise<SetStatement> {
  const sizes = statementSizes(statement);
  for (const size of sizes) {
    const mask = await setText(statement, statementStyle(size), TEXT_WIDTH);
    const at = fits(mask);
    if (at) return { mask, at, size, text: statement };
  }
  const size = sizes.at(-1)!;
  let [lo, hi] = [1, statement.split(/\s+/).length - 1];
  let best: SetStatement | undefined;
  while (lo <= hi) {
    const words = Math.floor((lo + hi) / 2);
    const text = shortened(statement, words);
    const mask = await setText(text, statementStyle(size), TEXT_WIDTH);
    const at = fits(mask);
    if (at) [best, lo] = [{ mask, at, size, text }, words + 1];
    else hi = words - 1;
  }
  if (!best) throw new Error(`share image: not even one word of the statement fits: ${statement}`);
  return best;
}

// Texts do not overlap, so every pixel is the paper under one ink (raster.ts).
const INKS: OgColor[] = ['ink', 'accent', 'muted'];
const palette = inkPalette(
  hexRgb(OG_COLORS.paper),
  INKS.map((c) => hexRgb(OG_COLORS[c])),
);
let canvas: Uint8Array | undefined;

/** Every text of the card set and placed: what drawOgPng paints. */
export async function setCard(input: OgCardInput) {
  const status = await setRepeated(input.statusLabel, STYLES.status, TEXT_WIDTH / 2);
  const [siteName, sources, footer, pill] = await Promise.all([
    setRepeated(input.siteName, STYLES.siteName, siteNameWidth(status)),
    setRepeated(input.sources, STYLES.sources, TEXT_WIDTH),
    setText(input.footer, STYLES.footer, TEXT_WIDTH),
    pillMask(pillFor(status)),
  ]);
  const layout = layoutCard({ siteName, status, sources, footer });
  const statement = await setStatement(input.statement, (mask) => placeStatement(layout, mask));
  return { layout, siteName, status, pill, sources, footer, statement };
}

export async function drawOgPng(input: OgCardInput): Promise<Buffer> {
  const { width, height } = OG_SIZE;
  canvas ??= indexedCanvas(width, height, palette, [{ x: 0, width: BAR_WIDTH, ink: INKS.indexOf('accent') }]);
  const set = await setCard(input);
  const card = canvas.slice();
  const paint = (mask: Mask, at: Point, color: OgColor) => paintMask(card, width, palette, mask, at.x, at.y, INKS.indexOf(color));
  paint(set.siteName, set.layout.siteName, STYLES.siteName.color);
  paint(set.pill, set.layout.pill, STYLES.status.color);
  paint(set.status, set.layout.status, STYLES.status.color);
  paint(set.statement.mask, set.statement.at, statementStyle(set.statement.size).color);
  paint(set.sources, set.layout.sources, STYLES.sources.color);
  paint(set.footer, set.layout.footer, STYLES.footer.color);
  return encodeIndexedPng(width, height, palette.colors, card);
}
