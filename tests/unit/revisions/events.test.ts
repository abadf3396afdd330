// A published event changes only with an entry readers see; a date made more
// precise is an update that keeps the earlier dating.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseFuzzyDate, redating } from '../../../src/lib/content/dates.ts';
import {
  checkEventEntryDates,
  checkEventRevisions,
  dateHistory,
  eventChanges,
  eventRevisionOf,
  type CurrentEvent,
  type EventLock,
} from '../../../src/lib/revisions/events.ts';

const LOCK = 'content/published-claims.json';
const TODAY = '2026-12-07';
const event = (over: Partial<CurrentEvent> = {}): CurrentEvent => ({
  id: 'board-asks',
  file: 'content/events/board-asks.yaml',
  when: '2025-02',
  title: 'The board asks for the records',
  summary: 'The board writes to the company.',
  claims: ['board-asked'],
  corrections: [],
  updates: [],
  ...over,
});
const locked = (over: Partial<CurrentEvent> = {}): EventLock => {
  const { id, file: _f, ...rev } = event(over);
  return { [id]: { published: '2026-11-20', ...rev } };
};
const check = (now: CurrentEvent, lock = locked()) => checkEventRevisions(lock, [now], LOCK, TODAY);

test('a date inside the one published is narrower; outside it, or a different kind, contradicts', () => {
  const d = parseFuzzyDate;
  assert.equal(redating(d('2025-02'), d('2025-02-06')), 'narrower');
  assert.equal(redating(d('before 2025-03-14'), d('2025-02')), 'narrower');
  assert.equal(redating(d('undated'), d('2020')), 'narrower');
  assert.equal(redating(d('2025-02'), d('2025-03-01')), 'contradicts');
  assert.equal(redating(d('2021'), d('2020')), 'contradicts');
  assert.equal(redating(d('2025-02'), d('2025-02')), 'same');
});

test('a date narrowed needs an update that keeps the earlier dating; the refusal gives it, with was', () => {
  const narrowed = event({ when: '2025-02-06' });
  const [p] = check(narrowed);
  assert.equal(p!.field, 'when');
  assert.match(p!.message, /the date was "2025-02" and is now "2025-02-06", more precise and inside it/);
  assert.match(p!.fix, /updates: \[\{ date: 2026-12-07, note: "Dated more precisely by …", was: "2025-02" \}\]/);
  assert.deepEqual(check({ ...narrowed, updates: [{ date: TODAY, note: 'The minutes give the day.', was: '2025-02' }] }), []);
  const [noWas] = check({ ...narrowed, updates: [{ date: TODAY, note: 'The minutes give the day.' }] });
  assert.equal(noWas!.field, 'updates[0].was');
  assert.match(noWas!.fix, /write was: "2025-02" in the update/);
});

test('a date outside the published one is a correction', () => {
  const moved = event({ when: '2025-03-02' });
  const [p] = check({ ...moved, updates: [{ date: TODAY, note: 'Moved.', was: '2025-02' }] });
  assert.match(p!.message, /outside it\. An update says there is more; this changes what readers were shown/);
  assert.deepEqual(check({ ...moved, corrections: [{ date: TODAY, changed: 'It was dated February.', reason: 'The minutes say March.' }] }), []);
});

test('claims added are an update; a new title takes either; published entries stay', () => {
  assert.deepEqual(
    eventChanges(event(), event({ claims: ['board-asked', 'post-reports'], title: 'New title' })).map((c) => `${c.field} ${c.kind}`),
    ['title either', 'claims update'],
  );
  const entry = { date: TODAY, note: 'Also reported by the Post.' };
  assert.deepEqual(check(event({ claims: ['board-asked', 'x'], updates: [entry] })), []);
  const [gone] = check(event({ claims: ['board-asked', 'x'] }), locked({ claims: ['board-asked', 'x'], updates: [entry] }));
  assert.equal(gone!.field, 'updates[0]');
});

test('entries are dated from publication to today', () => {
  const late = checkEventEntryDates([event({ updates: [{ date: '2027-01-01', note: 'X.' }] })], locked(), TODAY);
  assert.equal(late[0]!.message, '2027-01-01 is after today (2026-12-07)');
});

test('what the lock records of an event, and the datings it had before', () => {
  const rev = eventRevisionOf({
    when: parseFuzzyDate('2025-02-06', 'The minutes.'),
    title: "The board's letter",
    summary: 'S.',
    claims: [{ id: 'a' }],
    updates: [{ date: TODAY, note: 'Dated by the "minutes".', was: '2025-02' }],
  });
  assert.equal(rev.when, '2025-02-06');
  assert.equal(rev.title, 'The board’s letter');
  assert.equal(rev.updates[0]!.note, 'Dated by the “minutes”.');
  assert.deepEqual(dateHistory(rev.updates), [{ was: parseFuzzyDate('2025-02'), until: TODAY, note: 'Dated by the “minutes”.' }]);
});

test('a claim renamed with its old id as an alias is the same claim behind the event', () => {
  const now = event({ claims: ['board-requested'] });
  assert.deepEqual(
    checkEventRevisions(locked(), [now], LOCK, TODAY, (id) => (id === 'board-asked' ? 'board-requested' : id)),
    [],
  );
  assert.equal(check(now).length, 1);
});
