import { test } from 'node:test';
import assert from 'node:assert/strict';
import { feedItems } from '../../../src/lib/share/feed.ts';

const correction = { date: '2026-11-26', changed: 'It named the wrong body.', reason: 'The article says the board.' };

test('the feed has published claims and corrections, newest first; unpublished claims are left out', () => {
  const items = feedItems([
    { id: 'a', statement: 'A.', summary: 'Reported.', published: '2026-11-20', corrections: [correction] },
    { id: 'b', statement: 'B.', summary: 'Reported.', published: '2026-11-26', corrections: [] },
    { id: 'c', statement: 'C.', summary: 'Reported.', corrections: [] },
  ]);
  assert.deepEqual(
    items.map((i) => `${i.date} ${i.title} ${i.path}`),
    ['2026-11-26 Correction: A. /claims/a/#correction-1', '2026-11-26 B. /claims/b/', '2026-11-20 A. /claims/a/'],
  );
  assert.equal(items[0]!.description, 'What changed: It named the wrong body. Why: The article says the board.');
});
