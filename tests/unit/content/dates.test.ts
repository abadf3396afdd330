import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseFuzzyDate, formatFuzzyDate, datetimeAttr, sortKey, parsePoint, DateParseError, certainlyEarliest } from '../../../src/lib/content/dates.ts';

test('each precision parses and formats exactly as known', () => {
  const cases: [string, string, string | undefined][] = [
    ['2021-04-15', '15 April 2021', '2021-04-15'],
    ['2021-04', 'April 2021', '2021-04'],
    ['2020', '2020', '2020'],
    ['before 2021-04', 'before April 2021', '2021-04'],
    ['as of 2021-04-15', 'as of 15 April 2021', '2021-04-15'],
    ['undated', 'Undated', undefined],
  ];
  for (const [input, text, iso] of cases) {
    const d = parseFuzzyDate(input);
    assert.equal(formatFuzzyDate(d), text, input);
    assert.equal(datetimeAttr(d), iso, input);
  }
});

test('a YAML date object reads as a day', () => {
  assert.equal(formatFuzzyDate(parseFuzzyDate(new Date('2021-04-15T00:00:00Z'))), '15 April 2021');
});

test('the basis travels with the date', () => {
  assert.equal(parseFuzzyDate('2020', "'last year' in an article of April 2021").basis, "'last year' in an article of April 2021");
});

test('impossible and malformed dates are refused with the accepted forms', () => {
  assert.throws(() => parsePoint('2021-02-29'), /not a real day: February 2021 has 28 days/);
  assert.doesNotThrow(() => parsePoint('2020-02-29'));
  assert.throws(() => parsePoint('2021-00'), /no month 00/);
  assert.throws(
    () => parseFuzzyDate('April 2021'),
    (e: Error) => e instanceof DateParseError && /write YYYY, YYYY-MM, YYYY-MM-DD/.test(e.message),
  );
  assert.throws(() => parseFuzzyDate('before someday'), DateParseError);
});

test('mixed precisions order: undated, then a month before its days, "before" before its bound', () => {
  const inputs = ['2021-04-15', 'as of 2021-04-15', '2021-04', 'undated', 'before 2021-04', '2020', '2021-04-16'];
  const sorted = [...inputs].sort((a, b) => sortKey(parseFuzzyDate(a)).localeCompare(sortKey(parseFuzzyDate(b))));
  assert.deepEqual(sorted, ['undated', '2020', 'before 2021-04', '2021-04', '2021-04-15', 'as of 2021-04-15', '2021-04-16']);
});

test('the certainly earliest of several dates, or -1 when their precisions leave it open', () => {
  assert.equal(certainlyEarliest([parseFuzzyDate('2021-04'), parseFuzzyDate('2021-04-15')]), -1);
  assert.equal(certainlyEarliest([parseFuzzyDate('2021-04-15'), parseFuzzyDate('2021-04-15')]), 0);
  assert.equal(certainlyEarliest([parseFuzzyDate('2021-04-15'), parseFuzzyDate('2021-03')]), 1);
});
