// RFC 4180 rows: fields separated by commas, quoted when they hold a comma, a quote or a line break, quotes
// doubled inside. Read one at a time off text that may still be arriving, and written back.
import { ClickyDecodeError } from '@clicky-sdk/core';
import { NEED_MORE } from '../../codec.ts';

/**
 * A row as read. A reader reads every row of a body into one CsvRow, so a row costs no new object or list: what
 * it keeps of a row (a header's fields) it copies.
 */
export class CsvRow {
  /** The row's fields (written over by the next row). */
  readonly fields: string[] = [];
  /** Whether the first field was quoted: an unquoted first field starting with # is a section marker. */
  firstQuoted = false;
  /** Fields written `""`: an empty string, where an empty unquoted field is no value at all. */
  emptyQuoted: Set<number> | undefined = undefined;
  /** Where the row ends: the start of the next one. */
  next = 0;
}

/** A row's end: the `n` fields read are all it has (a function of its own: a closure would cost every row). */
function ended(
  row: CsvRow,
  n: number,
  firstQuoted: boolean,
  emptyQuoted: Set<number> | undefined,
  next: number,
): CsvRow {
  if (row.fields.length !== n) row.fields.length = n;
  row.firstQuoted = firstQuoted;
  row.emptyQuoted = emptyQuoted;
  row.next = next;
  return row;
}

/**
 * Reads one row starting at `i` into `row` and returns it; throws NEED_MORE when the text ends inside it and
 * more may come (the row is then read again from its start).
 */
export function readRow(s: string, i: number, final: boolean, row: CsvRow = new CsvRow()): CsvRow {
  const fields = row.fields;
  let n = 0;
  let firstQuoted = false;
  let emptyQuoted: Set<number> | undefined;
  for (;;) {
    if (s.charCodeAt(i) === 34 /* " */) {
      if (n === 0) firstQuoted = true;
      // The closing quote is the first one not doubled; the doubled ones are undone in one pass, split and joined
      // into a flat string (appending piece by piece, as replaceAll does in V8, builds a rope many times larger).
      let j = i + 1;
      let doubled = false;
      for (;;) {
        const q = s.indexOf('"', j);
        if (q === -1) {
          if (final) throw new ClickyDecodeError('csv', 'a closing quote', { offset: i });
          throw NEED_MORE;
        }
        if (s.charCodeAt(q + 1) === 34) {
          doubled = true;
          j = q + 2;
          continue;
        }
        if (q + 1 >= s.length && !final) throw NEED_MORE; // a doubled quote may be split across chunks
        j = q + 1;
        break;
      }
      const raw = s.slice(i + 1, j - 1);
      const value = doubled ? raw.split('""').join('"') : raw;
      if (value === '') {
        emptyQuoted ??= new Set();
        emptyQuoted.add(n);
      }
      fields[n++] = value;
      i = j;
      const c = s.charCodeAt(i);
      if (c === 44) {
        i++;
        continue;
      }
      if (i >= s.length) {
        if (!final) throw NEED_MORE;
        return ended(row, n, firstQuoted, emptyQuoted, i);
      }
      if (c === 10) return ended(row, n, firstQuoted, emptyQuoted, i + 1);
      if (c === 13 && s.charCodeAt(i + 1) === 10) return ended(row, n, firstQuoted, emptyQuoted, i + 2);
      if (c === 13 && i + 1 >= s.length && !final) throw NEED_MORE;
      throw new ClickyDecodeError('csv', 'a comma or line end after a closing quote', { offset: i });
    }
    // An unquoted field runs to the next comma or line end.
    let j = i;
    for (;;) {
      if (j >= s.length) {
        if (!final) throw NEED_MORE;
        fields[n++] = s.slice(i, j);
        return ended(row, n, firstQuoted, emptyQuoted, j);
      }
      const c = s.charCodeAt(j);
      if (c === 44 || c === 10 || c === 13) break;
      if (c === 34) throw new ClickyDecodeError('csv', 'no quote inside an unquoted field', { offset: j });
      j++;
    }
    fields[n++] = s.slice(i, j);
    const c = s.charCodeAt(j);
    if (c === 44) {
      i = j + 1;
      continue;
    }
    if (c === 10) return ended(row, n, firstQuoted, emptyQuoted, j + 1);
    if (s.charCodeAt(j + 1) === 10) return ended(row, n, firstQuoted, emptyQuoted, j + 2);
    if (j + 1 >= s.length && !final) throw NEED_MORE;
    return ended(row, n, firstQuoted, emptyQuoted, j + 1); // a lone CR ends a row too
  }
}

/**
 * Quotes a field when RFC 4180 needs it, when it starts with # (so it cannot pass for a section marker), or when
 * it is empty (`""` is an empty string; no value at all is written as nothing, `undefined` here).
 */
export function csvField(value: string | undefined): string {
  if (value === undefined) return '';
  return value === '' || /[",\r\n]/.test(value) || value.charCodeAt(0) === 35
    ? `"${value.replace(/"/g, '""')}"`
    : value;
}

export function csvLine(fields: readonly (string | undefined)[]): string {
  return fields.map(csvField).join(',');
}
