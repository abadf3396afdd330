import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  checkEventDates,
  checkEventOrder,
  checkHomePreview,
  checkPreviewKeepsEvents,
  checkRemovedEvents,
  checkUniqueOrder,
  isAfter,
} from '../../../src/lib/checks/when-and-order.ts';
import { parseFuzzyDate } from '../../../src/lib/content/dates.ts';
import { checkContent } from '../../../src/lib/checks/content.ts';
import { fixture, lines } from './fixture.ts';

const TODAY = '2026-11-26';

test('a date is after today only when its whole period is', () => {
  assert.equal(isAfter(parseFuzzyDate('2031-06-01'), TODAY), true);
  assert.equal(isAfter(parseFuzzyDate('2027'), TODAY), true);
  assert.equal(isAfter(parseFuzzyDate('2026-11'), TODAY), false);
  assert.equal(isAfter(parseFuzzyDate('2026-11-26'), TODAY), false);
  assert.equal(isAfter(parseFuzzyDate('before 2031'), TODAY), false);
  assert.equal(isAfter(parseFuzzyDate('undated'), TODAY), false);
});

test('an event dated after today is refused with its file and field', () => {
  const [p] = checkEventDates([{ id: 'talks', filePath: 'content/events/talks.yaml', data: { when: parseFuzzyDate('2031-06-01') } }], TODAY);
  assert.deepEqual(p, {
    file: 'content/events/talks.yaml',
    field: 'when',
    message: '2031-06-01 is after today (2026-11-26); the timeline shows what happened',
    fix: 'correct the year, or leave the event out until it has happened',
  });
});

test('two entries in one place of an order are refused, naming a free place', () => {
  const out = checkUniqueOrder('topics', [
    { id: 'a', data: { order: 1 } },
    { id: 'b', data: { order: 2 } },
    { id: 'c', data: { order: 2 } },
  ]);
  assert.deepEqual(out, [
    {
      file: 'content/topics/b and content/topics/c',
      field: 'order',
      message: '2 entries have order 2, so their file names would decide which comes first',
      fix: 'give each its own order (3 is free)',
    },
  ]);
});

test('a correction dated after today, or before the claim was published, is refused', () => {
  const { input, ctx } = fixture();
  input.claims[0]!.data.corrections = [{ date: '2031-01-01', changed: 'X.', reason: 'Y.' }];
  input.claims[1]!.data.corrections = [{ date: '2020-01-01', changed: 'X.', reason: 'Y.' }];
  const lock = {
    'company-refused': {
      published: '2026-11-20',
      statement: 'Claim company-refused.',
      status: 'reported',
      evidence: [{ source: 'gazette-report', quote: 'The company said no, citing its passengers’ privacy.' }],
      corrections: [],
      updates: [],
    },
  };
  const out = lines(
    checkContent(input, { ...ctx, revisions: { lock: { claims: lock, events: {}, explainers: {} }, file: 'content/published-claims.json' } }).problems,
  );
  assert.deepEqual(out, [
    'content/claims/board-asked-for-timetables.yaml → corrections[0].date: 2031-01-01 is after today (2026-11-26)',
    'content/claims/company-refused.yaml → corrections[0].date: 2020-01-01 is before the claim was published (2026-11-20)',
  ]);
});

test('two events at one spot of the timeline (one date, one order) are refused; one date with two orders, or two dates, are not', () => {
  const april = parseFuzzyDate('before 2021-04');
  const out = checkEventOrder([
    { id: 'refuses', data: { when: april, order: 3 } },
    { id: 'threatens', data: { when: april, order: 3 } },
    { id: 'asks', data: { when: april, order: 1 } },
    { id: 'reports', data: { when: parseFuzzyDate('2021-04-15'), order: 3 } },
  ]);
  assert.deepEqual(out, [
    {
      file: 'content/events/refuses and content/events/threatens',
      field: 'order',
      message: '2 events share a date and order 3, so their titles would decide which the timeline shows first',
      fix: 'give each its own order, in the order they happened (4 is free), or, where the sources do not say, write order: unknown in each',
    },
  ]);
});

test('a home preview that starts after every dated event is refused, naming the latest year; undated events do not count', () => {
  const at = (when: string) => ({ data: { when: parseFuzzyDate(when) } });
  const events = [at('undated'), at('2019-03'), at('before 2021-04')];
  assert.deepEqual(checkHomePreview(2021, events, 'content/site.yaml'), []);
  assert.deepEqual(checkHomePreview(undefined, events, 'content/site.yaml'), []);
  assert.deepEqual(checkHomePreview(2022, [at('undated')], 'content/site.yaml'), [], 'no dated event: nothing a year could preview');
  assert.deepEqual(checkHomePreview(2022, events, 'content/site.yaml'), [
    {
      file: 'content/site.yaml',
      field: 'home.previewFrom',
      message: 'is 2022, after every dated event (the latest is in 2021), so the home page would preview none',
      fix: 'set it to 2021 or an earlier year, or remove it to preview from the first dated event',
    },
  ]);
});

test("a published event's anchor that no event gives any more is refused, naming the new events as the likely renamed ones", () => {
  const locked = ['/timeline/', '/timeline/#event-board-writes', '/timeline/#event-company-refuses'];
  const events = [{ id: 'company-refuses' }, { id: 'board-wrote-to-company' }];
  assert.deepEqual(checkRemovedEvents(locked, events, 'content/published-urls.txt'), [
    {
      file: 'content/events/board-writes.yaml',
      field: 'file',
      message:
        'is gone, but its place on the timeline, /timeline/#event-board-writes, was published (content/published-urls.txt): links to it would land at the top of the timeline',
      fix: "if content/events/board-wrote-to-company is this event renamed, give it back its name content/events/board-writes.yaml (an event's id is its file name, and its anchor is shared); else restore it (git show HEAD:content/events/board-writes.yaml > content/events/board-writes.yaml)",
    },
  ]);
  assert.deepEqual(checkRemovedEvents(locked, [{ id: 'company-refuses' }, { id: 'board-writes' }], 'content/published-urls.txt'), []);
});

test('a published event re-dated before home.previewFrom is named: the home page would drop it in silence', () => {
  const when = (text: string) => parseFuzzyDate(text);
  const events = [
    { id: 'request', filePath: 'content/events/request.yaml', data: { when: when('2020') } },
    { id: 'report', filePath: 'content/events/report.yaml', data: { when: when('2021-04-15') } },
  ];
  const locked = { request: { when: 'before 2021-04' }, report: { when: '2021-04-15' } };
  assert.deepEqual(
    checkPreviewKeepsEvents(2021, locked, events, 'content/site.yaml').map((p) => `${p.field}: ${p.message} Fix: ${p.fix}`),
    [
      `home.previewFrom: is 2021, so the home page's "In order" would drop content/events/request.yaml, which it showed until the event was dated 2020 Fix: set it to 2020, so the preview still starts with what it showed`,
    ],
  );
  assert.deepEqual(checkPreviewKeepsEvents(2020, locked, events, 'content/site.yaml'), []);
  // An event that was before the preview's years already is not news.
  assert.deepEqual(checkPreviewKeepsEvents(2021, { request: { when: '2019' } }, events, 'content/site.yaml'), []);
});

test('events of one date whose order the sources do not give may all say order: unknown; some saying it and some not is refused', () => {
  const at = (id: string, order: number, orderUnknown = false) => ({
    id,
    filePath: `content/events/${id}.yaml`,
    data: { when: parseFuzzyDate('2021-04-15'), order, orderUnknown },
  });
  assert.deepEqual(checkEventOrder([at('a', 0, true), at('b', 0, true)]), []);
  const [mixed] = checkEventOrder([at('a', 0, true), at('b', 0)]);
  assert.match(mixed!.message, /only some say their order is unknown/);
  assert.match(mixed!.fix, /or, where the sources do not say, write order: unknown in each/);
});
