import { test } from 'node:test';
import assert from 'node:assert/strict';
import { feedItems } from '../../../src/lib/share/feed.ts';
import { changesLog } from '../../../src/lib/revisions/log.ts';

const correction = { date: '2026-11-26', changed: 'It named the wrong body.', reason: 'The article says the board.' };
const update = { date: '2026-12-07', note: 'Also reported by The Herald.' };

test('the feed has published claims, and updates and corrections of claims and events, newest first and typed; unpublished claims are left out', () => {
  const claims = [
    { id: 'a', statement: 'A.', summary: 'Reported.', published: '2026-11-20', corrections: [correction], updates: [update] },
    { id: 'b', statement: 'B.', summary: 'Reported.', published: '2026-11-26', corrections: [] },
    { id: 'c', statement: 'C.', summary: 'Reported.', corrections: [] },
  ];
  const changes = changesLog(claims, [
    { id: 'asks', title: 'The board asks', corrections: [], updates: [{ ...update, note: 'Dated to the day.', was: '2025-02' }] },
  ]);
  const items = feedItems(claims, changes);
  assert.deepEqual(
    items.map((i) => `${i.date} ${i.category} ${i.title} ${i.path}`),
    [
      '2026-12-07 update Update: A. /claims/a/#update-1',
      '2026-12-07 update Update: The board asks /timeline/#event-asks',
      '2026-11-26 correction Correction: A. /claims/a/#correction-1',
      '2026-11-26 claim B. /claims/b/',
      '2026-11-20 claim A. /claims/a/',
    ],
  );
  assert.equal(items.find((i) => i.category === 'correction')!.description, 'What changed: It named the wrong body. Why: The article says the board.');
  assert.equal(items[0]!.description, 'Also reported by The Herald.');
});
