import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  layoutCard,
  OG_SIZE,
  PILL,
  pillFor,
  placeStatement,
  shortened,
  siteNameWidth,
  statementSizes,
  TEXT_BOX,
  TEXT_WIDTH,
} from '../../../src/lib/share/og-card.ts';

const measured = {
  siteName: { width: 220, height: 28 },
  status: { width: 110, height: 25 },
  sources: { width: 380, height: 27 },
  footer: { width: 480, height: 21 },
};

test('the pill holds the status label at the top right, and the site name stops short of it', () => {
  const pill = pillFor(measured.status);
  assert.equal(pill.x + pill.width, TEXT_BOX.right);
  assert.equal(pill.y, TEXT_BOX.top);
  assert.equal(pill.width, measured.status.width + 2 * PILL.padX);
  assert.ok(TEXT_BOX.left + siteNameWidth(measured.status) < pill.x, 'a gap between name and pill');
});

test('header texts are centred on the pill; the footer ends at the bottom edge with the sources above it', () => {
  const l = layoutCard(measured);
  assert.equal(l.status.x, l.pill.x + PILL.padX);
  for (const [at, box] of [
    [l.status, measured.status],
    [l.siteName, measured.siteName],
  ] as const)
    assert.ok(Math.abs(at.y + box.height / 2 - (l.pill.y + l.pill.height / 2)) <= 0.5);
  assert.equal(l.footer.y + measured.footer.height, TEXT_BOX.bottom);
  assert.ok(l.sources.y + measured.sources.height < l.footer.y);
  assert.ok(l.statement.top > l.pill.y + l.pill.height, 'the statement band starts below the header');
  assert.ok(l.statement.bottom < l.sources.y, 'and ends above the sources');
  assert.ok(TEXT_BOX.bottom <= OG_SIZE.height && TEXT_BOX.right <= OG_SIZE.width);
});

test('taller sources push the statement band up, not off the card', () => {
  const two = layoutCard({ ...measured, sources: { width: 1000, height: 70 } });
  assert.ok(two.statement.bottom < layoutCard(measured).statement.bottom);
  assert.ok(two.sources.y > two.statement.bottom);
});

test('a statement is centred in its band, and refused when too tall or too wide for it', () => {
  const l = layoutCard(measured);
  const band = l.statement.bottom - l.statement.top;
  const at = placeStatement(l, { width: 600, height: 100 })!;
  assert.equal(at.x, TEXT_BOX.left);
  assert.ok(Math.abs(at.y - l.statement.top - (band - 100) / 2) <= 0.5);
  assert.equal(placeStatement(l, { width: 600, height: band + 1 }), undefined);
  assert.equal(placeStatement(l, { width: TEXT_WIDTH + 1, height: 100 }), undefined);
  assert.deepEqual(placeStatement(l, { width: TEXT_WIDTH, height: band }), { x: TEXT_BOX.left, y: l.statement.top });
});

test('sizes are tried largest first, from the one the length suggests', () => {
  const short = statementSizes('Ecobee said no.');
  const long = statementSizes('x'.repeat(300));
  assert.equal(short[0], 60);
  assert.ok(long[0]! < short[0]!);
  for (const sizes of [short, long])
    assert.deepEqual(
      sizes,
      [...sizes].sort((a, b) => b - a),
    );
  assert.equal(short.at(-1), long.at(-1), 'the same smallest size');
});

test('a shortened statement keeps whole words and ends in an ellipsis, not in punctuation', () => {
  assert.equal(shortened('Amazon asked, Ecobee refused, and then', 2), 'Amazon asked…');
  assert.equal(shortened('One two three.', 3), 'One two three…');
});
