// Dates that carry their precision. Sources rarely give a full date, and the
// site must show exactly what is known — "April 2021", "before April 2021" —
// never a guessed day.

type Precision = 'day' | 'month' | 'year';

export interface CalendarPoint {
  precision: Precision;
  year: number;
  month?: number; // 1–12, present for month and day precision
  day?: number; // present for day precision
}

export type FuzzyDate =
  | { kind: 'on'; point: CalendarPoint; basis?: string }
  | { kind: 'before'; point: CalendarPoint; basis?: string }
  | { kind: 'as-of'; point: CalendarPoint; basis?: string }
  | { kind: 'undated'; basis?: string };

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const DATE_FORMS = "YYYY, YYYY-MM, YYYY-MM-DD, 'before <date>', 'as of <date>' or 'undated'";

export class DateParseError extends Error {}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Parses "2021", "2021-04" or "2021-04-15"; throws on anything else or an impossible day. */
export function parsePoint(text: string): CalendarPoint {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text.trim());
  if (!m) throw new DateParseError(`"${text}" is not a date; write ${DATE_FORMS}`);
  const year = Number(m[1]);
  if (m[2] === undefined) return { precision: 'year', year };
  const month = Number(m[2]);
  if (month < 1 || month > 12) throw new DateParseError(`"${text}" is not a date: there is no month ${m[2]}; write ${DATE_FORMS}`);
  if (m[3] === undefined) return { precision: 'month', year, month };
  const day = Number(m[3]);
  if (day < 1 || day > daysInMonth(year, month)) {
    throw new DateParseError(`"${text}" is not a real day: ${MONTHS[month - 1]} ${year} has ${daysInMonth(year, month)} days`);
  }
  return { precision: 'day', year, month, day };
}

/**
 * Parses the content form of a date. YAML turns an unquoted 2021-04-15 into a
 * Date object, so one of those is accepted as a day-precision date.
 */
export function parseFuzzyDate(input: string | Date, basis?: string): FuzzyDate {
  const withBasis = <T extends FuzzyDate>(d: T): T => (basis ? { ...d, basis } : d);
  if (input instanceof Date) {
    if (Number.isNaN(input.getTime())) throw new DateParseError(`invalid date; write ${DATE_FORMS}`);
    return withBasis({ kind: 'on', point: parsePoint(input.toISOString().slice(0, 10)) });
  }
  const text = String(input).trim();
  if (text === 'undated') return withBasis({ kind: 'undated' });
  const before = /^before\s+(.+)$/i.exec(text);
  if (before) return withBasis({ kind: 'before', point: parsePoint(before[1]!) });
  const asOf = /^as of\s+(.+)$/i.exec(text);
  if (asOf) return withBasis({ kind: 'as-of', point: parsePoint(asOf[1]!) });
  return withBasis({ kind: 'on', point: parsePoint(text) });
}

/** "15 April 2021", "April 2021", "2021". */
function formatPoint(p: CalendarPoint): string {
  if (p.precision === 'year') return String(p.year);
  const month = MONTHS[p.month! - 1]!;
  if (p.precision === 'month') return `${month} ${p.year}`;
  return `${p.day} ${month} ${p.year}`;
}

/** The words a reader sees: "April 2021", "before April 2021", "as of 15 April 2021", "Undated". */
export function formatFuzzyDate(d: FuzzyDate): string {
  switch (d.kind) {
    case 'on':
      return formatPoint(d.point);
    case 'before':
      return `before ${formatPoint(d.point)}`;
    case 'as-of':
      return `as of ${formatPoint(d.point)}`;
    case 'undated':
      return 'Undated';
  }
}

/** The machine form for <time datetime>: only as precise as known. */
export function isoOf(p: CalendarPoint): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  if (p.precision === 'year') return String(p.year);
  if (p.precision === 'month') return `${p.year}-${pad(p.month!)}`;
  return `${p.year}-${pad(p.month!)}-${pad(p.day!)}`;
}

export function datetimeAttr(d: FuzzyDate): string | undefined {
  return d.kind === 'undated' ? undefined : isoOf(d.point);
}

/**
 * A string that sorts dates of mixed precision: a month sorts before the days
 * in it ("2021-04" < "2021-04-15"), "before X" just before X, "as of X" with X;
 * undated background sorts first.
 */
export function sortKey(d: FuzzyDate): string {
  if (d.kind === 'undated') return '';
  const p = d.point;
  const pad = (n: number | undefined) => String(n ?? 0).padStart(2, '0');
  const rank = d.kind === 'before' ? 0 : d.kind === 'on' ? 1 : 2;
  return `${p.year}-${pad(p.month)}-${pad(p.day)}~${rank}`;
}

/** The first and last day a date could mean (ISO strings); undated spans everything. */
function bounds(d: FuzzyDate): { from: string; to: string } {
  if (d.kind === 'undated') return { from: '0000-01-01', to: '9999-12-31' };
  const p = d.point;
  const pad = (n: number) => String(n).padStart(2, '0');
  const first = `${p.year}-${pad(p.month ?? 1)}-${pad(p.day ?? 1)}`;
  const lastMonth = p.month ?? 12;
  const last = `${p.year}-${pad(lastMonth)}-${pad(p.day ?? new Date(Date.UTC(p.year, lastMonth, 0)).getUTCDate())}`;
  if (d.kind === 'before') return { from: '0000-01-01', to: first };
  if (d.kind === 'as-of') return { from: first, to: '9999-12-31' };
  return { from: first, to: last };
}

/** Index of the date that is certainly no later than all others, or -1 when precision leaves it open. */
export function certainlyEarliest(dates: FuzzyDate[]): number {
  return dates.findIndex((d, i) => dates.every((o, j) => i === j || bounds(d).to <= bounds(o).from));
}

/** A date in the form content writes it: "2021-04", "before 2021-04-15", "as of 2021", "undated". */
export function dateText(d: FuzzyDate): string {
  if (d.kind === 'undated') return 'undated';
  return `${d.kind === 'before' ? 'before ' : d.kind === 'as-of' ? 'as of ' : ''}${isoOf(d.point)}`;
}

/**
 * How a new dating of something relates to the one published: the same days,
 * a narrower span inside them (a day within the month, a month before the
 * bound: more precise, not contradicting), or days outside them.
 */
export function redating(was: FuzzyDate, now: FuzzyDate): 'same' | 'narrower' | 'contradicts' {
  const a = bounds(was);
  const b = bounds(now);
  if (a.from === b.from && a.to === b.to && was.kind === now.kind) return 'same';
  return b.from >= a.from && b.to <= a.to ? 'narrower' : 'contradicts';
}
