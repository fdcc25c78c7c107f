// The CLI's pure parts, on open-ended input: CSV cells read back exactly, rows keep only safe values of their
// columns, archive rows are keyed and checked, the days to read are exactly the missing ones, tables align.
import { addDays, splitDateRange } from '@clicky-sdk/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { finishedDays, missingWindows } from '../src/archive/archive-plan.ts';
import { rowsFor } from '../src/archive/load-rows.ts';
import { csvCell, csvLine } from '../src/csv.ts';
import { jsonNumber } from '../src/query-command.ts';
import { toRow } from '../src/rows.ts';
import { renderTable } from '../src/text-table.ts';
import { parseCsv } from './helpers.ts';

describe('csv', () => {
  it('any cells read back as written (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string({ unit: 'binary' }), { minLength: 1, maxLength: 6 }), { maxLength: 8 }),
        (records) => {
          // A record of one empty cell is an empty line, which readers take as no record.
          const kept = records.filter((r) => !(r.length === 1 && r[0] === ''));
          const text = kept.map((r) => csvLine(r.map((c) => csvCell(c)))).join('');
          expect(parseCsv(text)).toEqual(kept);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('quotes what needs it and writes lists and custom data as JSON', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell(' lead')).toBe('" lead"');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(['x', 'y'], 'json')).toBe('"[""x"",""y""]"');
    expect(csvCell(12.5, 'number')).toBe('12.5');
  });
});

describe('toRow', () => {
  it("keeps only the shape's fields, each of its column's type, whatever the item (property)", () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.constantFrom('time', 'session_id', 'latitude', 'javascript', 'custom', 'first_visit', 'goals', 'x'),
          fc.anything(),
        ),
        (item) => {
          const row = toRow('VisitorsListItem', item);
          for (const [k, v] of Object.entries(row)) {
            expect(k).not.toBe('x');
            if (k === 'time' || k === 'session_id') expect(Number.isSafeInteger(v)).toBe(true);
            if (k === 'latitude') expect(Number.isFinite(v)).toBe(true);
            if (k === 'javascript') expect(typeof v).toBe('boolean');
            if (k === 'first_visit') expect(Object.getPrototypeOf(v)).toBe(Object.prototype);
          }
          expect(() => JSON.stringify(row)).not.toThrow();
        },
      ),
      { numRuns: 300 },
    );
  });

  it('orders fields as the spec does, so equal items give equal rows', () => {
    const a = toRow('ActionsListItem', { session_id: 2, time: 1, action_type: 'pageview' });
    const b = toRow('ActionsListItem', { action_type: 'pageview', time: 1, session_id: 2 });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(Object.keys(a)).toEqual(['time', 'session_id', 'action_type']);
  });
});

describe('rowsFor', () => {
  it('leaves out items without a key or a required field, and keeps the first of a repeated key', () => {
    const { rows, skipped } = rowsFor('visitors-list', [
      { time: 5, session_id: 1, actions: 2 },
      { time: 6 },
      { session_id: 3 },
      { time: 7, session_id: 1, actions: 9 },
      { time: 8, session_id: 2 ** 60 },
      'not an item',
    ]);
    expect(rows).toEqual([{ time: 5, session_id: 1, actions: 2 }]);
    expect(skipped).toBe(4);
  });

  it('keys items without a natural key by their content, and popular items by date and title', () => {
    const a = rowsFor('actions-list', [
      { time: 1, session_id: 2, action_type: 'pageview' },
      { time: 1, session_id: 2, action_type: 'pageview' },
      { time: 1, session_id: 2, action_type: 'download' },
    ]);
    expect(a.rows).toHaveLength(2);
    expect(a.rows[0]?.row_key).toMatch(/^[0-9a-f]{32}$/);
    const p = rowsFor('pages', [{ title: 'Home', value: 3 }, { title: 'Home', value: 1 }, { value: 2 }], '2024-05-01');
    expect(p).toEqual({ rows: [{ date: '2024-05-01', title: 'Home', value: 3 }], skipped: 1 });
  });
});

describe('missingWindows', () => {
  it('covers every missing day once, in windows of at most 31 days, newest first (property)', () => {
    const today = '2024-06-30';
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 200 }), fc.uniqueArray(fc.integer({ min: 0, max: 200 })), (back, done) => {
        const since = addDays(today, -back);
        const complete = new Set(done.map((d) => addDays(today, -d)));
        const windows = missingWindows(since, today, complete, 31);
        const covered = windows.flatMap((w) => splitDateRange(w, 1).map((d) => d.start));
        const expected = Array.from({ length: back + 1 }, (_, i) => addDays(since, i)).filter((d) => !complete.has(d));
        expect([...covered].sort()).toEqual(expected);
        expect(new Set(covered).size).toBe(covered.length);
        for (const w of windows) expect(splitDateRange(w, 31)).toHaveLength(1);
        for (let i = 1; i < windows.length; i++)
          expect((windows[i] as { start: string }).start < (windows[i - 1] as { start: string }).start).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('marks only days before today as finished', () => {
    expect(finishedDays({ start: '2024-06-28', end: '2024-06-30' }, '2024-06-30')).toEqual([
      '2024-06-28',
      '2024-06-29',
    ]);
  });
});

describe('renderTable', () => {
  it('aligns columns, numbers right and text left, and shows control characters as ?', () => {
    const text = renderTable(
      [
        { text: 'name', align: 'left' },
        { text: 'n', align: 'right' },
      ],
      [
        [
          { text: 'a\u001b[2Jb', align: 'left' },
          { text: '1,234', align: 'right' },
        ],
        [
          { text: 'longer name', align: 'left' },
          { text: '5', align: 'right', colour: 'green' },
        ],
      ],
      false,
    );
    expect(text).toBe(`name${' '.repeat(13)}n\na?[2Jb${' '.repeat(7)}1,234\nlonger name${' '.repeat(6)}5\n`);
    const coloured = renderTable(
      [{ text: 'n', align: 'right' }],
      [[{ text: '-5%', align: 'right', colour: 'red' }]],
      true,
    );
    expect(coloured).toBe('  n\n\u001b[31m-5%\u001b[39m\n');
  });
});

describe('jsonNumber (clicky query --format json)', () => {
  it('prints exact numbers as numbers and keeps the rest as text', () => {
    expect(jsonNumber('1819')).toBe(1819);
    expect(jsonNumber('-7')).toBe(-7);
    expect(jsonNumber('9007199254740991')).toBe(9007199254740991);
    expect(jsonNumber('9007199254740993')).toBe('9007199254740993');
    expect(jsonNumber('1.50')).toBe(1.5);
    expect(jsonNumber('-0.25')).toBe(-0.25);
    expect(jsonNumber('12345678901234.5678')).toBe('12345678901234.5678');
    expect(jsonNumber('abc')).toBe('abc');
    expect(jsonNumber(2.5)).toBe(2.5);
    expect(jsonNumber(null)).toBe(null);
  });

  it('never changes the value it prints', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), fc.nat({ max: 6 }), (int, scale) => {
        const abs = (int < 0n ? -int : int).toString().padStart(scale + 1, '0');
        const text = `${int < 0n ? '-' : ''}${scale ? `${abs.slice(0, -scale)}.${abs.slice(-scale)}` : abs}`;
        const out = jsonNumber(text);
        if (typeof out === 'number') expect(decimal(String(out))).toBe(decimal(text));
        else expect(out).toBe(text);
      }),
    );
  });
});

/** A decimal numeral in one spelling: no leading or trailing zeros, no trailing point, no negative zero. */
function decimal(text: string): string {
  const negative = text.startsWith('-');
  let [int = '', frac = ''] = text.replace('-', '').split('.');
  int = int.replace(/^0+(?=\d)/, '');
  frac = frac.replace(/0+$/, '');
  const body = frac ? `${int}.${frac}` : int;
  return negative && body !== '0' ? `-${body}` : body;
}
