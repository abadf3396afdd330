// The share image as drawn, with the repo's fonts through sharp's Pango.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';

process.env.OG_CACHE_DIR = mkdtempSync(join(tmpdir(), 'og-draw-'));
const { drawOgPng, setCard, setText } = await import('../../../src/data/share/og-draw.ts');
const { OG_SIZE, TEXT_WIDTH } = await import('../../../src/lib/share/og-card.ts');

const input = (statement: string) => ({
  siteName: 'Harbour Ledger',
  statement,
  statusLabel: 'Reported',
  sources: 'The Saltmere Post · Tidewright Weekly',
  footer: 'Claim · example.org/claims/a/',
});

before(() => drawOgPng(input('Warm the fonts.')));

test('a card is a 1200×630 PNG', async () => {
  const meta = await sharp(await drawOgPng(input('The ferry company raised its fares twice in one year.'))).metadata();
  assert.equal(meta.format, 'png');
  assert.equal(meta.width, OG_SIZE.width);
  assert.equal(meta.height, OG_SIZE.height);
});

test('texts are set in the repo’s own fonts, not a system fallback', async () => {
  // Pango falls back silently when it cannot find a face: the same words in a
  // family nobody has come out as the fallback's, so they must differ.
  for (const face of ['serif', 'sans', 'sansBold'] as const) {
    const ours = await setText('Hamburgefonstiv 0123', { face, size: 40 }, TEXT_WIDTH);
    const fallback = await setText('Hamburgefonstiv 0123', { face, size: 40 }, TEXT_WIDTH, 'No Such Family');
    assert.ok(ours.width > 0 && ours.height > 0);
    assert.notDeepEqual([ours.width, ours.height], [fallback.width, fallback.height], `${face} is not the fallback face`);
  }
  const bold = await setText('Hamburgefonstiv', { face: 'sansBold', size: 40 }, TEXT_WIDTH);
  const regular = await setText('Hamburgefonstiv', { face: 'sans', size: 40 }, TEXT_WIDTH);
  assert.ok(bold.width > regular.width, `bold ${bold.width} px is wider than regular ${regular.width} px`);
});

test('markup characters in a statement are set as text', async () => {
  const literal = await setText('a <b>bold</b> & c', { face: 'serif', size: 40 }, TEXT_WIDTH);
  const plain = await setText('a bold & c', { face: 'serif', size: 40 }, TEXT_WIDTH);
  assert.ok(literal.width > plain.width + 40, 'the tags are drawn, not obeyed');
});

test('a short statement is set large; a long one smaller; one too long for any size is cut at a word with an ellipsis', async () => {
  const short = await setCard(input('Ecobee said no.'));
  const long = await setCard(input(`The report says ${'the company weighed its options at length, '.repeat(5)}and then declined.`));
  const huge = await setCard(input(`${'word '.repeat(400)}end.`));
  assert.equal(short.statement.size, 60);
  assert.ok(long.statement.size < short.statement.size);
  assert.equal(long.statement.text, long.statement.text.trim());
  assert.match(huge.statement.text, /^word word .*…$/);
  for (const card of [short, long, huge]) {
    const { at, mask } = card.statement;
    assert.ok(at.y >= card.layout.statement.top && at.y + mask.height <= card.layout.statement.bottom, 'within its band');
    assert.ok(mask.width <= TEXT_WIDTH);
  }
});
