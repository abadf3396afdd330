// Painting a share image as palette indices, one byte a pixel. The card is a
// background and a few inks, and every pixel is the background under one ink
// at some coverage (texts do not overlap), so a 256-colour palette holds the
// background and each ink at 85 coverage steps: painting a text's ink (a mask,
// 0–255, as Pango sets it) is one write a pixel, and the PNG deflates a third
// of the bytes that RGB would need.

export type Rgb = readonly [number, number, number];

export interface Mask {
  /** One byte a pixel: 0 leaves the canvas, 255 paints the ink. */
  data: Uint8Array;
  width: number;
  height: number;
}

/** "#1f5f8b" → [31, 95, 139]. */
export function hexRgb(hex: string): Rgb {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  return [parseInt(m[1]!, 16), parseInt(m[2]!, 16), parseInt(m[3]!, 16)];
}

export interface InkPalette {
  /** Index 0 is the background; then each ink's steps, faintest first. */
  colors: Rgb[];
  /** Coverage steps per ink. */
  steps: number;
}

/** The background, then each ink blended over it at 1/steps … steps/steps; at most 256 colours. */
export function inkPalette(background: Rgb, inks: Rgb[], steps = Math.floor(255 / Math.max(1, inks.length))): InkPalette {
  if (1 + inks.length * steps > 256) throw new Error(`${inks.length} inks × ${steps} steps do not fit a 256-colour palette`);
  const colors: Rgb[] = [background];
  for (const ink of inks) for (let s = 1; s <= steps; s++) colors.push(background.map((b, i) => Math.round(b + ((ink[i]! - b) * s) / steps)) as unknown as Rgb);
  return { colors, steps };
}

/** The index of ink `ink` (its position in inkPalette's list) at full coverage. */
export const solidInk = (palette: InkPalette, ink: number) => 1 + ink * palette.steps + palette.steps - 1;

/** A canvas of the background, with optional full-height bands of one ink, solid. */
export function indexedCanvas(width: number, height: number, palette: InkPalette, bands: { x: number; width: number; ink: number }[] = []): Uint8Array {
  const row = new Uint8Array(width);
  for (const b of bands) row.fill(solidInk(palette, b.ink), Math.max(0, b.x), Math.min(width, b.x + b.width));
  const canvas = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) canvas.set(row, y * width);
  return canvas;
}

/** Paints ink `ink` through `mask` with its top left at (x, y); what falls outside the canvas is left out. */
export function paintMask(canvas: Uint8Array, canvasWidth: number, palette: InkPalette, mask: Mask, x: number, y: number, ink: number): void {
  const canvasHeight = canvas.length / canvasWidth;
  // Coverage 0–255 → this ink's palette index, or none when it rounds to nothing.
  const index = new Int16Array(256);
  for (let a = 0; a < 256; a++) {
    const step = Math.round((a * palette.steps) / 255);
    index[a] = step === 0 ? -1 : 1 + ink * palette.steps + step - 1;
  }
  const x0 = Math.max(0, -x);
  const x1 = Math.min(mask.width, canvasWidth - x);
  for (let j = Math.max(0, -y); j < mask.height && y + j < canvasHeight; j++) {
    let o = (y + j) * canvasWidth + x + x0;
    for (let i = j * mask.width + x0, end = j * mask.width + x1; i < end; i++, o++) {
      const to = index[mask.data[i]!]!;
      if (to >= 0) canvas[o] = to;
    }
  }
}
