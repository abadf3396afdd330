// A published claim changes only with an entry readers see: an update when
// there is more (a source added), a correction when it was wrong (a quote
// changed), either where only the editor can tell (the statement reworded).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkClaimRevisions, checkEntryDates, claimChanges, revisionOf, type ClaimLock, type CurrentClaim } from '../../../src/lib/revisions/claims.ts';
import { lastChanged } from '../../../src/lib/revisions/entries.ts';
import { checkRemovedClaims } from '../../../src/lib/checks/aliases.ts';

const LOCK = 'content/published-claims.json';
const TODAY = '2026-12-07';
const claim = (over: Partial<CurrentClaim & { file: string }> = {}): CurrentClaim & { file: string } => ({
  id: 'board-asked',
  file: 'content/claims/board-asked.yaml',
  aliases: [],
  statement: 'The board asked for the timetables.',
  status: 'reported',
  evidence: [{ source: 'gazette', quote: 'asked the ferry company for its timetables', attribution: 'The Gazette' }],
  corrections: [],
  updates: [],
  ...over,
});
const locked = (over: Partial<CurrentClaim> = {}): ClaimLock => {
  const { id, file: _file, aliases: _aliases, ...rev } = claim(over);
  return { [id]: { published: '2026-11-20', ...rev } };
};
const CORRECTION = { date: TODAY, changed: 'The statement named the wrong body.', reason: 'The article says the harbour board.' };
const UPDATE = { date: TODAY, note: 'Also reported by The Herald.' };
const HERALD = { source: 'herald', quote: 'the board wanted the timetables', attribution: 'The Herald' };
const check = (lock: ClaimLock, now: CurrentClaim & { file: string }) =>
  checkClaimRevisions(lock, [now], LOCK, TODAY, (s) => (s === 'herald' ? 'The Herald' : undefined));

test('an unchanged claim passes', () => {
  assert.deepEqual(check(locked(), claim()), []);
});

test('evidence added is an update: refused without an entry, with the update to paste naming the new publisher; an update or a correction lets it through', () => {
  const added = claim({ evidence: [...claim().evidence, HERALD] });
  const [p, ...rest] = check(locked(), added);
  assert.equal(rest.length, 0);
  assert.equal(p!.field, 'evidence[1] (added)');
  assert.match(
    p!.message,
    /changed since it was published on 2026-11-20 \(content\/published-claims\.json\) with no entry readers would see: evidence\[1\] \("the board wanted the timetables", herald\) was added/,
  );
  assert.match(
    p!.fix,
    /add an update readers will see — updates: \[\{ date: 2026-12-07, note: "Also reported by The Herald\." \}\] — \(it adds to what was published; a correction would say it was wrong\)/,
  );
  assert.deepEqual(check(locked(), { ...added, updates: [UPDATE] }), []);
  assert.deepEqual(check(locked(), { ...added, corrections: [CORRECTION] }), []);
  // Added before the published quote, it is still an addition, not a change to it.
  assert.deepEqual(check(locked(), { ...claim({ evidence: [HERALD, ...claim().evidence] }), updates: [UPDATE] }), []);
});

test('a changed or removed quote, a changed attribution or note is a correction: an update will not do', () => {
  const requoted = claim({ evidence: [{ source: 'gazette', quote: 'its timetables on a Tuesday', attribution: 'The Gazette' }] });
  const [p] = check(locked(), { ...requoted, updates: [UPDATE] });
  assert.equal(p!.field, 'evidence[0].quote');
  assert.match(
    p!.message,
    /evidence\[0\] quoted "asked the ferry company for its timetables" \(gazette\) and now quotes "its timetables on a Tuesday" \(gazette\)\. An update says there is more; this changes what readers were shown/,
  );
  assert.match(p!.fix, /add a correction readers will see — corrections: \[\{ date: 2026-12-07, changed: "what changed, in a sentence", reason: "why" \}\]/);
  assert.deepEqual(check(locked(), { ...requoted, corrections: [CORRECTION] }), []);
  const [gone] = check(locked(), claim({ evidence: [HERALD], updates: [UPDATE] }));
  assert.match(gone!.field, /evidence\[0\]\.quote/);
  const [removed] = check(locked({ evidence: [...claim().evidence, HERALD] }), claim());
  assert.equal(removed!.field, 'evidence[1] (removed)');
  const [said] = check(locked(), claim({ evidence: [{ ...claim().evidence[0]!, attribution: 'The Gazette, citing the board', by: ['gazette', 'board'] }] }));
  assert.equal(said!.field, 'evidence[0].attribution');
  assert.match(said!.message, /\(its claim's attribution, and the names and titles in content\/actors\/gazette\.yaml, content\/actors\/board\.yaml\)/);
});

test('a reworded statement or a new status takes either entry; the refusal offers both', () => {
  const reworded = claim({ statement: 'The harbour board asked for the timetables.' });
  const [p] = check(locked(), reworded);
  assert.equal(p!.field, 'statement');
  assert.match(p!.fix, /add a correction if what was published was wrong — corrections: .* — or an update if new reporting makes it fuller — updates: /);
  assert.deepEqual(check(locked(), { ...reworded, updates: [UPDATE] }), []);
  assert.deepEqual(check(locked(), { ...claim({ status: 'statement' }), corrections: [CORRECTION] }), []);
});

test('a published update or correction cannot be removed or reworded; a new one on a claim that reads as published is refused', () => {
  const withUpdate = locked({ evidence: [...claim().evidence, HERALD], updates: [UPDATE] });
  const [gone] = check(withUpdate, claim({ evidence: [...claim().evidence, HERALD] }));
  assert.equal(gone!.field, 'updates[0]');
  assert.match(gone!.message, /a published update \(2026-12-07: "Also reported by The Herald\."\) was removed or reworded/);
  const [reworded] = check(locked({ corrections: [CORRECTION] }), claim({ corrections: [{ ...CORRECTION, reason: 'Oops.' }] }));
  assert.equal(reworded!.field, 'corrections[0]');
  const [empty] = check(locked(), claim({ updates: [UPDATE] }));
  assert.equal(empty!.field, 'updates[0]');
  assert.match(empty!.message, /but it reads as it was published on 2026-11-20 .* so readers would be told of a change they cannot see/);
  // A record from before attribution was locked cannot show that nothing changed.
  const old = { board: { ...locked()['board-asked']!, evidence: [{ source: 'gazette', quote: 'asked the ferry company for its timetables' }] } };
  assert.deepEqual(checkClaimRevisions(old, [claim({ id: 'board', corrections: [CORRECTION] })], LOCK, TODAY), []);
  // An entry already locked does not cover a later change.
  assert.equal(check(locked({ updates: [UPDATE] }), claim({ statement: 'Other.', updates: [UPDATE] })).length, 1);
});

test('a renamed claim answers for what its old id published; a lock from before updates existed reads the same', () => {
  const renamed = claim({ id: 'board-requested', aliases: ['board-asked'], statement: 'The board requested the timetables.' });
  assert.equal(check(locked(), renamed)[0]!.field, 'statement');
  const { updates: _u, ...old } = locked()['board-asked']!;
  assert.deepEqual(checkClaimRevisions({ 'board-asked': old as ClaimLock[string] }, [claim()], LOCK, TODAY), []);
});

test('entries are dated from the day the claim was published to today; a correction or an update dated today passes', () => {
  const lock = locked();
  assert.deepEqual(checkEntryDates([claim({ corrections: [CORRECTION], updates: [UPDATE] })], lock, TODAY), []);
  const late = checkEntryDates([claim({ updates: [{ ...UPDATE, date: '2026-12-08' }], corrections: [{ ...CORRECTION, date: '2026-11-01' }] })], lock, TODAY);
  assert.deepEqual(
    late.map((p) => `${p.field}: ${p.message}`),
    ['corrections[0].date: 2026-11-01 is before the claim was published (2026-11-20)', 'updates[0].date: 2026-12-08 is after today (2026-12-07)'],
  );
});

test('claimChanges says which kind of entry each change needs', () => {
  const kinds = claimChanges(claim(), claim({ statement: 'S.', evidence: [...claim().evidence, HERALD] })).map((c) => `${c.field} ${c.kind}`);
  assert.deepEqual(kinds, ['statement either', 'evidence[1] (added) update']);
});

test('revisionOf records what readers see: typographic quotes, the located words, who says each quote, entries', () => {
  const rev = revisionOf(
    {
      statement: "The board's request.",
      status: 'reported',
      evidence: [{ source: { id: 'gazette' }, note: 'It "says" so.' }],
      corrections: [{ date: TODAY, changed: 'It said "council".', reason: 'Wrong.' }],
      updates: [{ date: TODAY, note: 'Also in "The Herald".' }],
    },
    ['asked the ferry company'],
    [{ said: 'The Gazette, citing the board', by: ['gazette', 'board'] }],
  );
  assert.equal(rev.statement, 'The board’s request.');
  assert.deepEqual(rev.evidence, [
    { source: 'gazette', quote: 'asked the ferry company', attribution: 'The Gazette, citing the board', by: ['gazette', 'board'], note: 'It “says” so.' },
  ]);
  assert.equal(rev.corrections[0]!.changed, 'It said “council”.');
  assert.equal(rev.updates[0]!.note, 'Also in “The Herald”.');
});

test('lastChanged is the newest correction’s or update’s day', () => {
  assert.equal(lastChanged({ corrections: [] }), undefined);
  assert.equal(lastChanged({ corrections: [CORRECTION], updates: [{ ...UPDATE, date: '2026-12-09' }] }), '2026-12-09');
});

test('a published claim no claim answers for: the renamed file is named when it quotes the same words or says nearly the same; else the removed file', () => {
  const onFile = (over: Partial<CurrentClaim & { file: string }> = {}) => {
    const { corrections: _c, updates: _u, status: _s, ...rest } = claim(over);
    return rest;
  };
  assert.deepEqual(checkRemovedClaims(locked(), [onFile()], LOCK), []);
  assert.deepEqual(
    checkRemovedClaims(locked(), [onFile({ id: 'board-requested', file: 'content/claims/board-requested.yaml', aliases: ['board-asked'] })], LOCK),
    [],
  );
  const [same] = checkRemovedClaims(
    locked(),
    [onFile({ id: 'board-requested', file: 'content/claims/board-requested.yaml', statement: 'Something else entirely.' })],
    LOCK,
  );
  assert.equal(same!.file, 'content/claims/board-requested.yaml');
  assert.match(
    same!.message,
    /quotes the same words as the published claim "board-asked", and no claim keeps that id: links to \/claims\/board-asked\/ would break/,
  );
  assert.match(same!.fix, /aliases: \[board-asked\]; if not, restore content\/claims\/board-asked\.yaml/);
  const [near] = checkRemovedClaims(
    locked(),
    [
      onFile({
        id: 'board-requested',
        file: 'content/claims/board-requested.yaml',
        evidence: [{ source: 'gazette', quote: 'the timetables' }],
        statement: 'The board asked for the timetable.',
      }),
    ],
    LOCK,
  );
  assert.match(near!.message, /says nearly what the published claim "board-asked" said/);
  const lock = { ...locked(), ...locked({ id: 'other' }) };
  const [gone] = checkRemovedClaims(lock, [onFile({ id: 'other', file: 'content/claims/other.yaml' })], LOCK);
  assert.equal(gone!.file, 'content/claims/board-asked.yaml');
  assert.equal(gone!.field, 'file');
});
