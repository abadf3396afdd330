// The revision lock: what a published claim said, and the refusal of a change
// no correction explains.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  builtElsewhere,
  changedFields,
  correctionsLog,
  formatRevisionLock,
  lastChanged,
  mergeRevisions,
  parseRevisionLock,
  RevisionLockError,
  revisionOf,
  unlockedRevisions,
  type CurrentClaim,
  type RevisionLock,
} from '../../../src/lib/content/revisions.ts';
import { checkRemovedClaims, checkRevisions } from '../../../src/lib/checks/revisions.ts';

const LOCK = 'content/published-claims.json';
const claim = (over: Partial<CurrentClaim & { file: string }> = {}): CurrentClaim & { file: string } => ({
  id: 'board-asked',
  file: 'content/claims/board-asked.yaml',
  aliases: [],
  statement: 'The board asked for the timetables.',
  status: 'reported',
  evidence: [{ source: 'gazette', quote: 'asked the ferry company for its timetables' }],
  corrections: [],
  ...over,
});
const locked = (over: Partial<CurrentClaim> = {}): RevisionLock => {
  const { id, file: _file, aliases: _aliases, ...rev } = claim(over);
  return { [id]: { published: '2026-11-20', ...rev } };
};
const CORRECTION = { date: '2026-11-26', changed: 'The statement named the wrong body.', reason: 'The article says the harbour board.' };

test('an unchanged claim passes; a changed statement without a correction is refused, naming the file, the field, both wordings and the fix', () => {
  assert.deepEqual(checkRevisions(locked(), [claim()], LOCK, '2026-11-26'), []);
  const [p, ...rest] = checkRevisions(locked(), [claim({ statement: 'The council asked for the timetables.' })], LOCK, '2026-11-26');
  assert.equal(rest.length, 0);
  assert.equal(p!.file, 'content/claims/board-asked.yaml');
  assert.equal(p!.field, 'statement');
  assert.match(
    p!.message,
    /changed since it was published on 2026-11-20 \(content\/published-claims\.json\) without a correction: the statement was "The board asked for the timetables\." and is now "The council asked/,
  );
  assert.match(
    p!.fix,
    /corrections: \[\{ date: 2026-11-26, changed: "what changed, in a sentence", reason: "why" \}\] — then run npm run build && npm run lock/,
  );
});

test('status and evidence changes are named by field; a new correction lets them through', () => {
  const changed = claim({
    status: 'disputed',
    evidence: [
      { source: 'gazette', quote: 'its timetables on a Tuesday' },
      { source: 'herald', quote: 'the board wanted the timetables' },
    ],
  });
  const [p] = checkRevisions(locked(), [changed], LOCK, '2026-11-26');
  assert.equal(p!.field, 'status, evidence[0].quote, evidence[1] (added)');
  assert.match(
    p!.message,
    /the status was "reported" and is now "disputed"; evidence\[0\] quoted "asked the ferry company for its timetables" \(gazette\) and now quotes "its timetables on a Tuesday" \(gazette\); evidence\[1\] was added/,
  );
  assert.deepEqual(checkRevisions(locked(), [{ ...changed, corrections: [CORRECTION] }], LOCK, '2026-11-26'), []);
  // A correction already locked does not cover a later change.
  const corrected = locked({ corrections: [CORRECTION] });
  assert.equal(checkRevisions(corrected, [{ ...changed, corrections: [CORRECTION] }], LOCK, '2026-11-26').length, 1);
});

test('a published correction cannot be removed or reworded', () => {
  const corrected = locked({ corrections: [CORRECTION] });
  const [gone] = checkRevisions(corrected, [claim()], LOCK, '2026-11-26');
  assert.equal(gone!.field, 'corrections[0]');
  assert.match(gone!.message, /a published correction \(2026-11-26: "The statement named the wrong body\."\) was removed or reworded/);
  assert.match(
    gone!.fix,
    /restore it exactly as it was \(git show HEAD:content\/claims\/board-asked\.yaml\); to correct a correction, add a new entry below it/,
  );
  const [reworded] = checkRevisions(corrected, [claim({ corrections: [{ ...CORRECTION, reason: 'Oops.' }] })], LOCK, '2026-11-26');
  assert.equal(reworded!.field, 'corrections[0]');
});

test('a renamed claim is held to what its old id published; a removed one is left to checkRemovedClaims', () => {
  const renamed = claim({ id: 'board-requested', aliases: ['board-asked'], statement: 'The board requested the timetables.' });
  const [p] = checkRevisions(locked(), [renamed], LOCK, '2026-11-26');
  assert.equal(p!.field, 'statement');
  assert.deepEqual(checkRevisions(locked(), [], LOCK, '2026-11-26'), []);
});

test('changedFields names removed evidence and a changed source', () => {
  const was = claim({
    evidence: [
      { source: 'gazette', quote: 'a b c' },
      { source: 'herald', quote: 'd e f' },
    ],
  });
  assert.deepEqual(changedFields(was, claim({ evidence: [{ source: 'herald', quote: 'a b c' }] })), ['evidence[0].source', 'evidence[1] (removed)']);
});

test('revisionOf records what readers see: typographic quotes and the located words', () => {
  const rev = revisionOf(
    {
      statement: "The board's request.",
      status: 'reported',
      evidence: [{ source: { id: 'gazette' } }],
      corrections: [{ date: '2026-11-26', changed: 'It said "council".', reason: 'Wrong.' }],
    },
    ['asked the ferry company'],
  );
  assert.equal(rev.statement, 'The board’s request.');
  assert.deepEqual(rev.evidence, [{ source: 'gazette', quote: 'asked the ferry company' }]);
  assert.equal(rev.corrections[0]!.changed, 'It said “council”.');
});

test('mergeRevisions records new and changed claims, keeps the day first published, and a renamed claim keeps its old id’s day', () => {
  const lock = locked();
  const fresh = claim({ id: 'company-refused', statement: 'The company refused.' });
  const r = mergeRevisions(lock, [claim(), fresh], '2026-11-26');
  assert.deepEqual(r.added, ['company-refused']);
  assert.deepEqual(r.updated, []);
  assert.equal(r.lock['company-refused']!.published, '2026-11-26');
  assert.equal(r.lock['board-asked']!.published, '2026-11-20');

  const renamed = claim({ id: 'board-requested', aliases: ['board-asked'], corrections: [CORRECTION], statement: 'The harbour board asked.' });
  const m = mergeRevisions(lock, [renamed], '2026-11-26');
  assert.deepEqual(m.added, ['board-requested']);
  assert.deepEqual(m.updated, ['board-asked']);
  assert.equal(m.lock['board-requested']!.published, '2026-11-20');
  assert.equal(m.lock['board-asked']!.statement, 'The harbour board asked.');
  assert.deepEqual(unlockedRevisions(m.lock, [renamed]), []);
  assert.deepEqual(unlockedRevisions(lock, [renamed, fresh]), ['board-requested', 'company-refused']);
});

test('the lockfile round-trips sorted, and a broken one is a clear error', () => {
  const lock = { ...locked(), 'a-claim': { ...locked()['board-asked']! } };
  const text = formatRevisionLock(lock);
  assert.deepEqual(Object.keys(parseRevisionLock(text)), ['a-claim', 'board-asked']);
  assert.throws(
    () => parseRevisionLock('{"claims": {'),
    (e: unknown) => e instanceof RevisionLockError && /is not valid JSON/.test(e.problem) && /npm run lock/.test(e.fix),
  );
  assert.throws(() => parseRevisionLock('[]'), /has no "claims" object/);
});

test('lastChanged is the newest correction’s day', () => {
  assert.equal(lastChanged([]), undefined);
  assert.equal(lastChanged([{ ...CORRECTION, date: '2026-12-01' }, CORRECTION]), '2026-12-01');
});

test('the corrections log lists every correction newest first, numbered within its claim', () => {
  const later = { ...CORRECTION, date: '2026-12-02', changed: 'The status was reported.' };
  const log = correctionsLog([
    { id: 'b', statement: 'B.', corrections: [CORRECTION, later] },
    { id: 'a', statement: 'A.', corrections: [CORRECTION] },
  ]);
  assert.deepEqual(
    log.map((c) => `${c.date} ${c.claim} #${c.n}`),
    ['2026-12-02 b #2', '2026-11-26 a #1', '2026-11-26 b #1'],
  );
});

test('a build holding claims the content folder lacks was built from another folder', () => {
  assert.deepEqual(builtElsewhere(['a', 'b'], ['a.yaml', 'b.yaml', 'c.yaml']), [], 'a claim not built yet is not a sign');
  assert.deepEqual(builtElsewhere(['a', 'ferry-fares'], ['a.yaml']), ['ferry-fares']);
});

test('who says a quote and its note are part of what was published: changed without a correction, they are refused', () => {
  const said = (attribution: string, note?: string) => [{ source: 'gazette', quote: 'asked the ferry company for its timetables', attribution, ...(note ? { note } : {}) }];
  const lock = locked({ evidence: said('The Gazette, citing the harbour board', 'The board’s own words.') });
  const now = said('The Gazette', 'The board’s own words.').map((e) => ({ ...e, by: ['gazette'] }));
  const [p] = checkRevisions(lock, [claim({ evidence: now })], LOCK, '2026-11-26');
  assert.equal(p!.field, 'evidence[0].attribution');
  // Named with where the words come from: a renamed actor changes them too.
  assert.match(
    p!.message,
    /evidence\[0\] was said by "The Gazette, citing the harbour board" and is now said by "The Gazette" \(its claim's attribution, and the names and titles in content\/actors\/gazette\.yaml\)/,
  );
  const [q] = checkRevisions(lock, [claim({ evidence: said('The Gazette, citing the harbour board', 'The opposite.') })], LOCK, '2026-11-26');
  assert.equal(q!.field, 'evidence[0].note');
  // A claim locked before attribution was recorded is compared from its next lock on.
  assert.deepEqual(checkRevisions(locked(), [claim({ evidence: said('The Gazette') })], LOCK, '2026-11-26'), []);
});

test('revisionOf records who says each quote, as the claim page writes it, and its note', () => {
  const rev = revisionOf(
    { statement: 'S.', status: 'reported', evidence: [{ source: { id: 'gazette' }, note: 'It "says" so.' }, { source: { id: 'herald' } }], corrections: [] },
    ['a', 'b'],
    [
      { said: 'The Gazette, citing the board', by: ['gazette', 'board'] },
      { said: 'The Herald', by: ['herald'] },
    ],
  );
  assert.deepEqual(rev.evidence, [
    { source: 'gazette', quote: 'a', attribution: 'The Gazette, citing the board', by: ['gazette', 'board'], note: 'It “says” so.' },
    { source: 'herald', quote: 'b', attribution: 'The Herald', by: ['herald'] },
  ]);
});

test('a published claim no claim answers for: the renamed file is named when it quotes the same words or says nearly the same; else the removed file', () => {
  const onFile = (over: Partial<CurrentClaim & { file: string }> = {}) => {
    const { corrections: _c, status: _s, ...rest } = claim(over);
    return rest;
  };
  assert.deepEqual(checkRemovedClaims(locked(), [onFile()], LOCK), []);
  assert.deepEqual(checkRemovedClaims(locked(), [onFile({ id: 'board-requested', file: 'content/claims/board-requested.yaml', aliases: ['board-asked'] })], LOCK), []);

  // Renamed, same quotes (typed with straight quotes, whatever the statement now says).
  const [same] = checkRemovedClaims(locked(), [onFile({ id: 'board-requested', file: 'content/claims/board-requested.yaml', statement: 'Something else entirely.' })], LOCK);
  assert.equal(same!.file, 'content/claims/board-requested.yaml');
  assert.equal(same!.field, 'aliases');
  assert.match(same!.message, /quotes the same words as the published claim "board-asked", and no claim keeps that id: links to \/claims\/board-asked\/ would break/);
  assert.match(same!.fix, /aliases: \[board-asked\]; if not, restore content\/claims\/board-asked\.yaml/);

  // Renamed and requoted, statement one word apart.
  const [near] = checkRemovedClaims(
    locked(),
    [onFile({ id: 'board-requested', file: 'content/claims/board-requested.yaml', evidence: [{ source: 'gazette', quote: 'the timetables' }], statement: 'The board asked for the timetable.' })],
    LOCK,
  );
  assert.match(near!.message, /says nearly what the published claim "board-asked" said/);

  // A claim that was itself published is not the renamed one: the old one was removed.
  const lock = { ...locked(), ...locked({ id: 'other' }) };
  const [gone] = checkRemovedClaims(lock, [onFile({ id: 'other', file: 'content/claims/other.yaml' })], LOCK);
  assert.deepEqual(gone, {
    file: 'content/claims/board-asked.yaml',
    field: 'file',
    message: `is gone, but the claim "board-asked" was published on 2026-11-20 (${LOCK}): links to /claims/board-asked/ would break`,
    fix: 'restore the file (git show HEAD:content/claims/board-asked.yaml > content/claims/board-asked.yaml), or, if another claim replaced it, add "board-asked" to that claim\'s aliases',
  });
});

test('the fix for a changed claim names the explainers that say it in their own words, which a correction does not change', () => {
  const changed = claim({ statement: 'The council asked for the timetables.' });
  const marks = (id: string) => (id === 'board-asked' ? ['content/explainers/a.mdx (body, line 3)', 'content/explainers/b.mdx (body, line 9)'] : []);
  const [p] = checkRevisions(locked(), [changed], LOCK, '2026-11-26', marks);
  assert.match(
    p!.fix,
    /npm run lock; the explainers say it in their own words, which a correction does not change: reread content\/explainers\/a\.mdx \(body, line 3\); content\/explainers\/b\.mdx \(body, line 9\)$/,
  );
  const [q] = checkRevisions(locked(), [changed], LOCK, '2026-11-26');
  assert.match(q!.fix, /npm run lock$/);
});

test('a new correction on a claim that reads as published is refused: readers would be told of a change they cannot see', () => {
  const said = [{ source: 'gazette', quote: 'asked the ferry company for its timetables', attribution: 'The Gazette' }];
  const lock = locked({ evidence: said });
  const [p, ...rest] = checkRevisions(lock, [claim({ evidence: said, corrections: [CORRECTION] })], LOCK, '2026-11-26');
  assert.deepEqual(rest, []);
  assert.equal(p!.field, 'corrections[0]');
  assert.match(p!.message, /^is new \("The statement named the wrong body\."\), but the claim reads as it was published on 2026-11-20/);
  assert.match(p!.fix, /make the change the correction describes/);
  // With the change it describes, it passes; a record locked before attribution was cannot tell, so it passes too.
  assert.deepEqual(checkRevisions(lock, [claim({ evidence: said, statement: 'The harbour board asked for the timetables.', corrections: [CORRECTION] })], LOCK, '2026-11-26'), []);
  assert.deepEqual(checkRevisions(locked(), [claim({ corrections: [CORRECTION] })], LOCK, '2026-11-26'), []);
});
