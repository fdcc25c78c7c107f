// RFC 4180 rows: fields separated by commas, quoted when they hold a comma, a quote or a line break, quotes
// doubled inside. Read incrementally, so a body can be decoded as its chunks arrive.
import { ClickyDecodeError } from '@clicky-sdk/core';

export interface CsvRow {
  readonly fields: string[];
  /** Whether the first field was quoted: an unquoted first field starting with # is a section marker. */
  readonly firstQuoted: boolean;
}

/** Feeds text in pieces with push(), then end(); each call returns the rows completed so far. */
export class CsvRowReader {
  #buffer = '';
  #consumed = 0;

  push(text: string): CsvRow[] {
    this.#buffer = this.#buffer.slice(this.#consumed) + text;
    this.#consumed = 0;
    return this.#rows(false);
  }

  end(): CsvRow[] {
    const rows = this.#rows(true);
    if (this.#consumed < this.#buffer.length)
      throw new ClickyDecodeError('csv', 'a closing quote', { offset: this.#consumed });
    return rows;
  }

  #rows(final: boolean): CsvRow[] {
    const s = this.#buffer;
    const rows: CsvRow[] = [];
    let i = this.#consumed;
    for (;;) {
      if (i >= s.length) break;
      const row = readRow(s, i, final);
      if (row === undefined) break; // an incomplete row: wait for more text
      i = row.next;
      if (row.fields.length === 1 && row.fields[0] === '' && !row.firstQuoted) continue; // blank line
      rows.push({ fields: row.fields, firstQuoted: row.firstQuoted });
    }
    this.#consumed = i;
    return rows;
  }
}

/** Reads one row starting at `i`; undefined when the text ends inside it and more may come. */
function readRow(
  s: string,
  i: number,
  final: boolean,
): { fields: string[]; firstQuoted: boolean; next: number } | undefined {
  const fields: string[] = [];
  let firstQuoted = false;
  for (;;) {
    if (s.charCodeAt(i) === 34 /* " */) {
      if (fields.length === 0) firstQuoted = true;
      let value = '';
      let j = i + 1;
      for (;;) {
        const q = s.indexOf('"', j);
        if (q === -1) {
          if (final) throw new ClickyDecodeError('csv', 'a closing quote', { offset: i });
          return undefined;
        }
        value += s.slice(j, q);
        if (s.charCodeAt(q + 1) === 34) {
          value += '"';
          j = q + 2;
          continue;
        }
        if (q + 1 >= s.length && !final) return undefined; // a doubled quote may be split across chunks
        j = q + 1;
        break;
      }
      fields.push(value);
      i = j;
      const c = s.charCodeAt(i);
      if (c === 44) {
        i++;
        continue;
      }
      if (i >= s.length) return final ? { fields, firstQuoted, next: i } : undefined;
      if (c === 10) return { fields, firstQuoted, next: i + 1 };
      if (c === 13 && s.charCodeAt(i + 1) === 10) return { fields, firstQuoted, next: i + 2 };
      if (c === 13 && i + 1 >= s.length && !final) return undefined;
      throw new ClickyDecodeError('csv', 'a comma or line end after a closing quote', { offset: i });
    }
    // An unquoted field runs to the next comma or line end.
    let j = i;
    for (;;) {
      if (j >= s.length) {
        if (!final) return undefined;
        fields.push(s.slice(i, j));
        return { fields, firstQuoted, next: j };
      }
      const c = s.charCodeAt(j);
      if (c === 44 || c === 10 || c === 13) break;
      if (c === 34) throw new ClickyDecodeError('csv', 'no quote inside an unquoted field', { offset: j });
      j++;
    }
    fields.push(s.slice(i, j));
    const c = s.charCodeAt(j);
    if (c === 44) {
      i = j + 1;
      continue;
    }
    if (c === 10) return { fields, firstQuoted, next: j + 1 };
    if (s.charCodeAt(j + 1) === 10) return { fields, firstQuoted, next: j + 2 };
    if (j + 1 >= s.length && !final) return undefined;
    return { fields, firstQuoted, next: j + 1 }; // a lone CR ends a row too
  }
}

/** Reads a whole body into rows. */
export function parseCsv(text: string): CsvRow[] {
  const reader = new CsvRowReader();
  const rows = reader.push(text);
  for (const row of reader.end()) rows.push(row);
  return rows;
}

/** Quotes a field when RFC 4180 needs it, or when it starts with # (so it cannot pass for a section marker). */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) || value.charCodeAt(0) === 35 ? `"${value.replace(/"/g, '""')}"` : value;
}

export function csvLine(fields: readonly string[]): string {
  return fields.map(csvField).join(',');
}
