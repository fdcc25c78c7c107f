// The API's `date` parameter: every form the reference lists, parsed into a small tree and resolved to a
// concrete range for a given "today". The API answers an invalid date with "today"; the SDK refuses it instead.
import { addMonths, civil, dayNumber, daysInMonth, formatIso, type IsoDate, parseIso, weekday } from './calendar.ts';

/** A resolved date range, both ends included. */
export interface DateRange {
  readonly start: IsoDate;
  readonly end: IsoDate;
}

export type DateExpression =
  | { readonly kind: 'day'; readonly date: IsoDate }
  | { readonly kind: 'range'; readonly start: IsoDate; readonly end: IsoDate }
  | { readonly kind: 'month'; readonly year: number; readonly month: number }
  | { readonly kind: 'year'; readonly year: number }
  | { readonly kind: 'today' | 'yesterday' | 'this-month' | 'last-month' | 'this-week' | 'last-week' }
  | { readonly kind: 'days-ago' | 'last-days' | 'previous-days' | 'months-ago' | 'weeks-ago'; readonly count: number };

/** The largest X in X-days-ago and friends: about a century, far past any data the API keeps. */
export const MAX_RELATIVE_COUNT = 36600;

const RELATIVE: ReadonlyArray<[RegExp, 'days-ago' | 'last-days' | 'previous-days' | 'months-ago' | 'weeks-ago']> = [
  [/^(\d+)-days-ago$/, 'days-ago'],
  [/^last-(\d+)-days$/, 'last-days'],
  [/^previous-(\d+)-days$/, 'previous-days'],
  [/^(\d+)-months-ago$/, 'months-ago'],
  [/^(\d+)-weeks-ago$/, 'weeks-ago'],
];
const FIXED = new Set(['today', 'yesterday', 'this-month', 'last-month', 'this-week', 'last-week']);

/** Why a date expression is not valid, in words a person can act on. */
export class DateExpressionError extends Error {
  constructor(
    readonly input: string,
    readonly reason: string,
  ) {
    super(`invalid date ${JSON.stringify(input)}: ${reason}`);
    this.name = 'DateExpressionError';
  }
}

/** Parses any form the reference lists; throws DateExpressionError naming what is wrong. */
export function parseDateExpression(input: string): DateExpression {
  const s = input.trim();
  if (FIXED.has(s)) return { kind: s as 'today' };
  for (const [re, kind] of RELATIVE) {
    const match = re.exec(s);
    if (!match) continue;
    const count = Number(match[1]);
    if (count < 1 || count > MAX_RELATIVE_COUNT)
      throw new DateExpressionError(input, `X must be between 1 and ${MAX_RELATIVE_COUNT}`);
    return { kind, count };
  }
  if (/^\d{4}-\d{2}-\d{2},\d{4}-\d{2}-\d{2}$/.test(s)) {
    const [a, b] = s.split(',') as [string, string];
    const start = parseIso(a);
    const end = parseIso(b);
    if (start === undefined) throw new DateExpressionError(input, `${a} is not a calendar date`);
    if (end === undefined) throw new DateExpressionError(input, `${b} is not a calendar date`);
    if (end < start) throw new DateExpressionError(input, 'the end is before the start');
    return { kind: 'range', start: a, end: b };
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) {
    if (parseIso(s) === undefined) throw new DateExpressionError(input, `${s} is not a calendar date`);
    return { kind: 'day', date: s };
  }
  const month = /^(\d{4})-(\d{2})$/.exec(s);
  if (month) {
    const m = Number(month[2]);
    if (m < 1 || m > 12) throw new DateExpressionError(input, 'the month must be 01 to 12');
    return { kind: 'month', year: Number(month[1]), month: m };
  }
  if (/^\d{4}$/.test(s)) return { kind: 'year', year: Number(s) };
  throw new DateExpressionError(
    input,
    'expected YYYY-MM-DD, YYYY-MM-DD,YYYY-MM-DD, YYYY-MM, YYYY, today, yesterday, X-days-ago, last-X-days, ' +
      'previous-X-days, this-month, last-month, X-months-ago, this-week, last-week or X-weeks-ago',
  );
}

const monthRange = (y: number, m: number): DateRange => ({
  start: formatIso(dayNumber(y, m, 1)),
  end: formatIso(dayNumber(y, m, daysInMonth(y, m))),
});
const days = (a: number, b: number): DateRange => ({ start: formatIso(a), end: formatIso(b) });

/** The concrete range an expression means when "today" is `today` (YYYY-MM-DD). Weeks run Sunday to Saturday. */
export function resolveDateExpression(expr: DateExpression | string, today: IsoDate): DateRange {
  const e = typeof expr === 'string' ? parseDateExpression(expr) : expr;
  const t = parseIso(today);
  if (t === undefined) throw new DateExpressionError(today, 'today must be a YYYY-MM-DD calendar date');
  const { y, m } = civil(t);
  const sunday = t - weekday(t);
  switch (e.kind) {
    case 'day':
      return { start: e.date, end: e.date };
    case 'range':
      return { start: e.start, end: e.end };
    case 'month':
      return monthRange(e.year, e.month);
    case 'year':
      return { start: `${e.year}-01-01`, end: `${e.year}-12-31` };
    case 'today':
      return days(t, t);
    case 'yesterday':
      return days(t - 1, t - 1);
    case 'days-ago':
      return days(t - e.count, t - e.count);
    case 'last-days':
      return days(t - e.count + 1, t);
    case 'previous-days':
      return days(t - e.count, t - 1);
    case 'this-month':
      return monthRange(y, m);
    case 'last-month': {
      const p = addMonths(y, m, -1);
      return monthRange(p.y, p.m);
    }
    case 'months-ago': {
      const p = addMonths(y, m, -e.count);
      return monthRange(p.y, p.m);
    }
    case 'this-week':
      return days(sunday, sunday + 6);
    case 'last-week':
      return days(sunday - 7, sunday - 1);
    case 'weeks-ago':
      return days(sunday - 7 * e.count, sunday - 7 * e.count + 6);
  }
}

/** The canonical `date` value for a range: YYYY-MM-DD for one day, else START,END. */
export function formatDateRange(range: DateRange): string {
  return range.start === range.end ? range.start : `${range.start},${range.end}`;
}

/** Days in a range, both ends included. */
export function rangeLength(range: DateRange): number {
  return (parseIso(range.end) ?? 0) - (parseIso(range.start) ?? 0) + 1;
}

/** Splits a range into consecutive windows of at most `maxDays` days, oldest first, with no gap or overlap. */
export function splitDateRange(range: DateRange, maxDays: number): DateRange[] {
  if (!Number.isInteger(maxDays) || maxDays < 1)
    throw new RangeError(`maxDays must be a positive integer, got ${maxDays}`);
  const start = parseIso(range.start);
  const end = parseIso(range.end);
  if (start === undefined || end === undefined || end < start)
    throw new DateExpressionError(formatDateRange(range), 'not a valid range');
  const windows: DateRange[] = [];
  for (let a = start; a <= end; a += maxDays) windows.push(days(a, Math.min(a + maxDays - 1, end)));
  return windows;
}

/** Formatters by time zone, for todayIn. */
const FORMATS = new Map<string, Intl.DateTimeFormat>();

/** Today's date in an IANA time zone (the site's, for Clicky), from `now`. Uses Intl, available everywhere. */
export function todayIn(timeZone: string, now: Date = new Date()): IsoDate {
  // Building a formatter costs about half a millisecond; a client asks for today on every request.
  let format = FORMATS.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    if (FORMATS.size >= 64) FORMATS.clear();
    FORMATS.set(timeZone, format);
  }
  const parts = format.formatToParts(now);
  const get = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year').padStart(4, '0')}-${get('month')}-${get('day')}`;
}

/** Adds `n` days to a YYYY-MM-DD date. */
export function addDays(date: IsoDate, n: number): IsoDate {
  const d = parseIso(date);
  if (d === undefined) throw new DateExpressionError(date, 'not a calendar date');
  return formatIso(d + n);
}
