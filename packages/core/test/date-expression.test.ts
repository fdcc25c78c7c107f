import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  ClickyParamError,
  DateExpressionError,
  daysInMonth,
  formatDateRange,
  isLeapYear,
  parseDateExpression,
  rangeLength,
  resolveDateExpression,
  splitDateRange,
  todayIn,
} from '../src/index.ts';

const TODAY = '2024-10-29';

describe("the reference's worked examples (today is 2024-10-29)", () => {
  it.each([
    ['today', '2024-10-29'],
    ['yesterday', '2024-10-28'],
    ['3-days-ago', '2024-10-26'],
    ['last-3-days', '2024-10-27,2024-10-29'],
    ['previous-3-days', '2024-10-26,2024-10-28'],
    ['this-month', '2024-10-01,2024-10-31'],
    ['last-month', '2024-09-01,2024-09-30'],
    ['3-months-ago', '2024-07-01,2024-07-31'],
    ['this-week', '2024-10-27,2024-11-02'],
    ['last-week', '2024-10-20,2024-10-26'],
    ['3-weeks-ago', '2024-10-06,2024-10-12'],
    ['2024-10-29', '2024-10-29'],
    ['2024-09-01,2024-09-30', '2024-09-01,2024-09-30'],
    ['2024-10', '2024-10-01,2024-10-31'],
    ['2023', '2023-01-01,2023-12-31'],
  ])('%s -> %s', (expr, expected) => {
    expect(formatDateRange(resolveDateExpression(expr, TODAY))).toBe(expected);
  });
});

describe('invalid dates are refused, not turned into "today"', () => {
  it.each([
    ['2023-02-29', /2023-02-29 is not a calendar date/],
    ['2024-13-01', /not a calendar date/],
    ['2024-04-31', /not a calendar date/],
    ['2024-10-05,2024-10-01', /end is before the start/],
    ['2024-00', /month must be 01 to 12/],
    ['0-days-ago', /X must be between 1/],
    ['last-99999999-days', /X must be between 1/],
    ['last-week-ago', /expected YYYY-MM-DD/],
    ['24-10-29', /expected YYYY-MM-DD/],
    ['', /expected YYYY-MM-DD/],
  ])('%j', (expr, message) => {
    expect(() => parseDateExpression(expr)).toThrow(DateExpressionError);
    expect(() => parseDateExpression(expr)).toThrow(message);
  });

  it('accepts 29 February in a leap year', () => {
    expect(parseDateExpression('2024-02-29')).toEqual({ kind: 'day', date: '2024-02-29' });
    expect(formatDateRange(resolveDateExpression('2000-02', TODAY))).toBe('2000-02-01,2000-02-29');
    expect(formatDateRange(resolveDateExpression('1900-02', TODAY))).toBe('1900-02-01,1900-02-28');
  });
});

describe('month and year edges', () => {
  it('last-month and X-months-ago cross years', () => {
    expect(formatDateRange(resolveDateExpression('last-month', '2024-01-15'))).toBe('2023-12-01,2023-12-31');
    expect(formatDateRange(resolveDateExpression('13-months-ago', '2024-01-31'))).toBe('2022-12-01,2022-12-31');
    expect(formatDateRange(resolveDateExpression('1-months-ago', '2024-03-31'))).toBe('2024-02-01,2024-02-29');
  });
  it('weeks cross month and year ends', () => {
    expect(formatDateRange(resolveDateExpression('this-week', '2025-01-01'))).toBe('2024-12-29,2025-01-04');
    expect(formatDateRange(resolveDateExpression('this-week', '2024-10-27'))).toBe('2024-10-27,2024-11-02'); // a Sunday
    expect(formatDateRange(resolveDateExpression('this-week', '2024-11-02'))).toBe('2024-10-27,2024-11-02'); // a Saturday
  });
  it('days cross leap days', () => {
    expect(formatDateRange(resolveDateExpression('yesterday', '2024-03-01'))).toBe('2024-02-29');
    expect(formatDateRange(resolveDateExpression('yesterday', '2023-03-01'))).toBe('2023-02-28');
  });
});

// Arbitraries: a date as a day offset, and "today" in a wide window of years.
const isoFromUtc = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
const dayMs = 86_400_000;
const anyDay = fc
  .integer({ min: Date.UTC(1900, 0, 1) / dayMs, max: Date.UTC(2200, 11, 31) / dayMs })
  .map((d) => isoFromUtc(d * dayMs));

describe('date properties', () => {
  it('calendar arithmetic agrees with Date.UTC (the oracle) for any day and offset', () => {
    fc.assert(
      fc.property(anyDay, fc.integer({ min: -5000, max: 5000 }), (day, n) => {
        expect(addDays(day, n)).toBe(isoFromUtc(Date.parse(`${day}T00:00:00Z`) + n * dayMs));
      }),
    );
  });

  it('resolve(format(range)) round-trips', () => {
    fc.assert(
      fc.property(anyDay, fc.integer({ min: 0, max: 800 }), (start, len) => {
        const range = { start, end: addDays(start, len) };
        expect(resolveDateExpression(formatDateRange(range), '2024-10-29')).toEqual(range);
        expect(rangeLength(range)).toBe(len + 1);
      }),
    );
  });

  it('windows cover the range exactly, with no gap or overlap, each at most N days', () => {
    fc.assert(
      fc.property(anyDay, fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 1, max: 400 }), (start, len, n) => {
        const range = { start, end: addDays(start, len) };
        const windows = splitDateRange(range, n);
        expect(windows[0]?.start).toBe(range.start);
        expect(windows.at(-1)?.end).toBe(range.end);
        windows.forEach((w, i) => {
          expect(rangeLength(w)).toBeGreaterThanOrEqual(1);
          expect(rangeLength(w)).toBeLessThanOrEqual(n);
          if (i > 0) expect(w.start).toBe(addDays(windows[i - 1]?.end as string, 1));
        });
        expect(windows.reduce((s, w) => s + rangeLength(w), 0)).toBe(len + 1);
      }),
    );
  });

  it('relative expressions land where Date arithmetic says', () => {
    fc.assert(
      fc.property(anyDay, fc.integer({ min: 1, max: 400 }), (today, x) => {
        const ms = Date.parse(`${today}T00:00:00Z`);
        expect(resolveDateExpression(`${x}-days-ago`, today).start).toBe(isoFromUtc(ms - x * dayMs));
        expect(resolveDateExpression(`last-${x}-days`, today)).toEqual({
          start: isoFromUtc(ms - (x - 1) * dayMs),
          end: today,
        });
        expect(resolveDateExpression(`previous-${x}-days`, today)).toEqual({
          start: isoFromUtc(ms - x * dayMs),
          end: isoFromUtc(ms - dayMs),
        });
        const week = resolveDateExpression(`${x}-weeks-ago`, today);
        expect(new Date(`${week.start}T00:00:00Z`).getUTCDay()).toBe(0);
        expect(rangeLength(week)).toBe(7);
        const month = resolveDateExpression(`${x}-months-ago`, today);
        const d = new Date(ms);
        const expected = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - x, 1));
        expect(month.start).toBe(isoFromUtc(expected.getTime()));
        expect(month.end).toBe(isoFromUtc(Date.UTC(expected.getUTCFullYear(), expected.getUTCMonth() + 1, 0)));
      }),
    );
  });

  it('leap years follow the Gregorian rule', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), (y) => {
        expect(isLeapYear(y)).toBe(new Date(Date.UTC(y, 1, 29)).getUTCMonth() === 1);
        expect(daysInMonth(y, 2)).toBe(isLeapYear(y) ? 29 : 28);
      }),
    );
  });
});

describe('todayIn', () => {
  it('reads the same date through its formatter cache as a fresh formatter does, past the cache size', () => {
    const zones = Intl.supportedValuesOf('timeZone').slice(0, 150);
    const instant = new Date('2024-12-31T23:30:00Z');
    for (const round of [1, 2]) {
      for (const zone of zones) {
        const parts = new Intl.DateTimeFormat('en-CA', {
          timeZone: zone,
          year: 'numeric',
          month: '2-digit',
          day: '2-digit',
        })
          .formatToParts(instant)
          .filter((p) => p.type !== 'literal')
          .map((p) => p.value);
        expect(todayIn(zone, instant), `${zone} (round ${round})`).toBe(parts.join('-'));
      }
    }
  });

  it("turns the date at the zone's midnight, not a second later, whatever it read just before", () => {
    // Kathmandu is UTC+05:45: its midnight of 2024-10-30 is 2024-10-29T18:15:00Z.
    const midnight = Date.parse('2024-10-29T18:15:00Z');
    expect(todayIn('Asia/Kathmandu', new Date(midnight - 1))).toBe('2024-10-29');
    expect(todayIn('Asia/Kathmandu', new Date(midnight))).toBe('2024-10-30');
    expect(todayIn('Asia/Kathmandu', new Date(midnight - 1))).toBe('2024-10-29');
    expect(todayIn('Asia/Kathmandu', new Date(midnight + 999))).toBe('2024-10-30');
  });

  it('refuses an unknown time zone with ClickyParamError', () => {
    expect(() => todayIn('Mars/Olympus_Mons')).toThrow(ClickyParamError);
  });

  it('reads the date in the given time zone', () => {
    const instant = new Date('2024-10-29T23:30:00Z');
    expect(todayIn('UTC', instant)).toBe('2024-10-29');
    expect(todayIn('Asia/Tokyo', instant)).toBe('2024-10-30');
    expect(todayIn('America/Los_Angeles', instant)).toBe('2024-10-29');
  });
});

describe('splitDateRange', () => {
  it('splits a year into 31-day windows', () => {
    const windows = splitDateRange({ start: '2024-01-01', end: '2024-12-31' }, 31);
    expect(windows).toHaveLength(12);
    expect(windows[1]).toEqual({ start: '2024-02-01', end: '2024-03-02' });
  });
  it('refuses a bad window size or range', () => {
    expect(() => splitDateRange({ start: '2024-01-01', end: '2024-01-31' }, 0)).toThrow(ClickyParamError);
    expect(() => splitDateRange({ start: '2024-02-01', end: '2024-01-31' }, 7)).toThrow(DateExpressionError);
  });
});
