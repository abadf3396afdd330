// The revision lock's file: what it records of claims, events and explainers,
// how a lock written before events and explainers reads, and what npm run
// lock and npm run reviewed write.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  builtElsewhere,
  emptyLock,
  formatRevisionLock,
  mergeRevisions,
  parseRevisionLock,
  RevisionLockError,
  stampReviewed,
  unlockedRevisions,
  type CurrentRevisions,
} from '../../../src/lib/revisions/lock.ts';
import { changesLog, correctionsLog } from '../../../src/lib/revisions/log.ts';

const claim = {
  id: 'board-asked',
  aliases: [],
  statement: 'S.',
  status: 'reported',
  evidence: [{ source: 'g', quote: 'q q q', attribution: 'G' }],
  corrections: [],
  updates: [],
};
const event = { id: 'asks', file: 'x', when: '2025-02', title: 'T', summary: 'S.', claims: ['board-asked'], corrections: [], updates: [] };
const current = (over: Partial<CurrentRevisions> = {}): CurrentRevisions => ({
  claims: [claim],
  events: [event],
  explainers: [{ id: 'the-story', restsOn: { 'claim:board-asked': 'aaaaaaaa' } }],
  sources: ['g'],
  ...over,
});

test('a lock from before events and explainers were recorded reads as one with none; a broken one is a clear error', () => {
  const old = parseRevisionLock(JSON.stringify({ claims: { a: { published: '2026-11-20', ...claim } } }));
  assert.deepEqual(old.events, {});
  assert.deepEqual(old.explainers, {});
  assert.equal(old.sources, undefined);
  assert.throws(
    () => parseRevisionLock('{"claims": {'),
    (e: unknown) => e instanceof RevisionLockError && /is not valid JSON/.test(e.problem) && /npm run lock/.test(e.fix),
  );
  assert.throws(() => parseRevisionLock('[]'), /has no "claims" object/);
  assert.throws(() => parseRevisionLock('{"claims": {}, "events": []}'), /"events" that is not an object/);
});

test('npm run lock records new claims, events and explainers, keeps the day each was published, and round-trips sorted', () => {
  const first = mergeRevisions(emptyLock(), current(), '2026-12-01');
  assert.deepEqual([first.claims.added, first.events.added, first.explainers.added], [['board-asked'], ['asks'], ['the-story']]);
  assert.equal(first.lock.explainers['the-story']!.reviewed, '2026-12-01');
  assert.deepEqual(first.lock.sources, ['g']);
  const later = mergeRevisions(
    first.lock,
    current({ events: [{ ...event, when: '2025-02-06', updates: [{ date: '2026-12-07', note: 'N.', was: '2025-02' }] }] }),
    '2026-12-07',
  );
  assert.deepEqual(later.events.updated, ['asks']);
  assert.equal(later.lock.events.asks!.published, '2026-12-01');
  const text = formatRevisionLock(later.lock);
  assert.deepEqual(parseRevisionLock(text), later.lock);
  assert.deepEqual(
    unlockedRevisions(later.lock, current({ events: [{ ...event, when: '2025-02-06', updates: [{ date: '2026-12-07', note: 'N.', was: '2025-02' }] }] })),
    [],
  );
  assert.deepEqual(unlockedRevisions(first.lock, current({ sources: ['g', 'h'] })), ['the set of sources']);
});

test('a claim locked before updates existed reads as it did: no empty list is written for it', () => {
  const { lock } = mergeRevisions(emptyLock(), current(), '2026-12-01');
  assert.equal('updates' in lock.claims['board-asked']!, false);
  assert.deepEqual(unlockedRevisions(lock, current()), []);
});

test('npm run reviewed stamps an explainer as reread today, with what it rests on now', () => {
  const { lock } = mergeRevisions(emptyLock(), current(), '2026-12-01');
  const stamped = stampReviewed(lock, [{ id: 'the-story', restsOn: { 'claim:board-asked': 'bbbbbbbb' } }], '2026-12-07');
  assert.deepEqual(stamped.explainers['the-story'], { reviewed: '2026-12-07', restsOn: { 'claim:board-asked': 'bbbbbbbb' } });
  assert.deepEqual(lock.explainers['the-story']!.reviewed, '2026-12-01', 'the lock it was given is unchanged');
});

test('the changes log: updates and corrections of claims and events, newest first, corrections first on a day; corrections alone for /corrections/', () => {
  const correction = { date: '2026-12-07', changed: 'C.', reason: 'R.' };
  const log = changesLog(
    [{ id: 'b', statement: 'B.', corrections: [correction], updates: [{ date: '2026-12-07', note: 'U.' }] }],
    [{ id: 'asks', title: 'T', corrections: [], updates: [{ date: '2026-12-08', note: 'D.', was: '2025-02' }] }],
  );
  assert.deepEqual(
    log.map((c) => `${c.date} ${c.type} ${c.subject.kind}:${c.subject.id} #${c.n}`),
    ['2026-12-08 update event:asks #1', '2026-12-07 correction claim:b #1', '2026-12-07 update claim:b #1'],
  );
  assert.equal(log[0]!.was, '2025-02');
  assert.deepEqual(
    correctionsLog([{ id: 'b', statement: 'B.', corrections: [correction] }]).map((c) => c.text),
    ['C.'],
  );
});

test('a build holding claims the content folder lacks was built from another folder', () => {
  assert.deepEqual(builtElsewhere(['a', 'b'], ['a.yaml', 'b.yaml', 'c.yaml']), []);
  assert.deepEqual(builtElsewhere(['a', 'ferry-fares'], ['a.yaml']), ['ferry-fares']);
});
