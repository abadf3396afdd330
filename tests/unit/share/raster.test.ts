import { test } from 'node:test';
import assert from 'node:assert/strict';
import sharp from 'sharp';
import { hexRgb, indexedCanvas, inkPalette, paintMask, solidInk, type Rgb } from '../../../src/lib/share/raster.ts';
import { encodeIndexedPng } from '../../../src/lib/share/png.ts';

const PAPER: Rgb = [250, 240, 230];
const INK: Rgb = [10, 20, 30];
const ACCENT: Rgb = [30, 90, 140];

test('colours are read from #rrggbb, and anything else is refused', () => {
  assert.deepEqual(hexRgb('#1f5f8B'), [31, 95, 139]);
  assert.throws(() => hexRgb('#fff'), /not a #rrggbb colour: #fff/);
});

test('the palette is the background, then each ink from faint to full, within 256 colours', () => {
  const p = inkPalette(PAPER, [INK, ACCENT]);
  assert.equal(p.colors.length, 1 + 2 * p.steps);
  assert.ok(p.colors.length <= 256);
  assert.deepEqual(p.colors[0], PAPER);
  assert.deepEqual(p.colors[solidInk(p, 0)], INK);
  assert.deepEqual(p.colors[solidInk(p, 1)], ACCENT);
  assert.ok(p.colors[1]![0] < PAPER[0] && p.colors[1]![0] > INK[0], 'the first step is a faint ink');
  assert.throws(() => inkPalette(PAPER, [INK, ACCENT], 200), /2 inks × 200 steps do not fit a 256-colour palette/);
});

test('a mask paints its ink where full, nothing where empty, and the nearest step between', () => {
  const p = inkPalette(PAPER, [INK, ACCENT]);
  const c = indexedCanvas(4, 3, p);
  paintMask(c, 4, p, { data: Uint8Array.from([255, 0, 128, 1]), width: 2, height: 2 }, 1, 1, 1);
  const at = (x: number, y: number) => p.colors[c[y * 4 + x]!]!;
  assert.deepEqual(at(1, 1), ACCENT);
  assert.deepEqual(at(2, 1), PAPER);
  const half = at(1, 2);
  for (const i of [0, 1, 2]) assert.ok(Math.abs(half[i]! - (PAPER[i]! + ACCENT[i]!) / 2) <= 2, `half coverage is half way: ${half}`);
  assert.deepEqual(at(2, 2), PAPER, 'coverage too faint for a step leaves the background');
  assert.deepEqual(at(0, 0), PAPER, 'outside the mask');
});

test('what falls outside the canvas is left out, without wrapping onto the next row', () => {
  const p = inkPalette(PAPER, [INK]);
  const c = indexedCanvas(3, 3, p);
  const full = { data: new Uint8Array(9).fill(255), width: 3, height: 3 };
  paintMask(c, 3, p, full, 2, -1, 0);
  const painted = [...c].map((v, i) => (v ? `${i % 3},${Math.floor(i / 3)}` : '')).filter(Boolean);
  assert.deepEqual(painted, ['2,0', '2,1']);
  paintMask(c, 3, p, full, -2, 2, 0);
  assert.equal(c[6], solidInk(p, 0));
  assert.equal(c[7], 0);
});

test('a band paints full columns in its ink', () => {
  const p = inkPalette(PAPER, [INK, ACCENT]);
  const c = indexedCanvas(5, 2, p, [{ x: 0, width: 2, ink: 1 }]);
  assert.deepEqual([...c], [solidInk(p, 1), solidInk(p, 1), 0, 0, 0, solidInk(p, 1), solidInk(p, 1), 0, 0, 0]);
});

test('the palette PNG decodes to the painted colours', async () => {
  const p = inkPalette(PAPER, [INK, ACCENT]);
  const c = indexedCanvas(7, 5, p, [{ x: 0, width: 1, ink: 1 }]);
  paintMask(c, 7, p, { data: Uint8Array.from([255, 128, 0, 64]), width: 2, height: 2 }, 3, 2, 0);
  const png = encodeIndexedPng(7, 5, p.colors, c);
  const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
  assert.equal(info.width, 7);
  assert.equal(info.height, 5);
  for (let i = 0; i < c.length; i++) assert.deepEqual([...data.subarray(i * info.channels, i * info.channels + 3)], [...p.colors[c[i]!]!], `pixel ${i}`);
  assert.throws(() => encodeIndexedPng(7, 5, p.colors, c.subarray(1)), /34 pixels for a 7×5 image/);
  assert.throws(() => encodeIndexedPng(7, 5, [], c), /1–256 colours, not 0/);
});
