// Reading the CSV layout as its text arrives, row by row. Evidence is thin (quirk csv-layout in the spec): the
// reference says that when every type is a tally and daily=1 each line is "date,value"; a 2011 fragment shows
// "# visitors", "# 2011-08-18" and a header "Item,Value,Value Percent". So: a "# TYPE" line opens each type;
// then either "date,value" lines, or per date group a "# DATE" line, a header row of readable column names and
// one row per item. Errors: a "# error" line, then the message.
import { ClickyApiError, ClickyDecodeError } from '@clicky-sdk/core';
import type { CodecOptions } from '../../codec.ts';
import { setOwn } from '../../own.ts';
import type { DecodedResult } from '../../result.ts';
import { TailReader } from '../../tail-reader.ts';
import { isDateLabel, typeResult } from '../../typing/result.ts';
import { decodeCell } from './cells.ts';
import { type Column, columnsOf, machineName } from './columns.ts';
import { type CsvRow, readRow } from './rows.ts';

type Section = { type: string; dates: { date: string; items: Record<string, unknown>[] }[] };

/** The most "date,value" rows one date has: one an hour. */
const HOURS_A_DAY = 24;

/** Reads rows as they come and builds the wire model; one instance per body, whole or streamed. */
export class CsvLayoutReader extends TailReader {
  readonly #wire: Section[] = [];
  readonly #options: CodecOptions;
  #section: Section | undefined;
  #header: HeaderColumn[] | undefined;
  #template: ReturnType<typeof templateOf> | undefined;
  #error: string[] | undefined;
  /** Where the row being read starts in the text `read` was given (error offsets). */
  #rowAt = 0;

  constructor(options: CodecOptions) {
    super();
    this.#options = options;
  }

  protected read(text: string, final: boolean): void {
    let i = 0;
    while (i < text.length) {
      const row = readRow(text, i, final);
      this.#rowAt = i;
      i = row.next;
      // A blank line separates nothing.
      if (!(row.fields.length === 1 && row.fields[0] === '' && !row.firstQuoted)) this.#row(row);
      this.consumed = i;
    }
  }

  protected finish(): DecodedResult {
    if (this.#error !== undefined) throw new ClickyApiError(this.#error.join('\n').trim(), 'csv');
    return typeResult(this.#wire, 'csv', this.#options);
  }

  protected endedEarly(): ClickyDecodeError {
    return new ClickyDecodeError('csv', 'a closing quote');
  }

  #row(row: CsvRow): void {
    const first = row.fields[0] ?? '';
    if (this.#error) {
      this.#error.push(row.fields.join(','));
      return;
    }
    if (!row.firstQuoted && first.startsWith('#')) {
      const label = (row.fields.length === 1 ? first : row.fields.join(',')).slice(1).trim();
      if (this.#wire.length === 0 && this.#section === undefined && label === 'error') {
        this.#error = [];
        return;
      }
      if (isDateLabel(label)) {
        if (!this.#section)
          throw new ClickyDecodeError('csv', '"# TYPE" before the first date', { offset: this.#rowAt });
        this.#section.dates.push({ date: label, items: [] });
        this.#header = undefined;
        this.#template = undefined;
      } else {
        this.#section = { type: label, dates: [] };
        this.#wire.push(this.#section);
        this.#header = undefined;
        this.#template = undefined;
      }
      return;
    }
    const section = this.#section ?? this.#bareSection(row);
    if (!section) throw new ClickyDecodeError('csv', 'a "# TYPE" line first', { offset: this.#rowAt });
    const group = section.dates.at(-1);
    if (!group) {
      // The date,value layout: no date lines, one "date,value" row per day.
      if (row.fields.length !== 2 || !isDateLabel(first)) {
        throw new ClickyDecodeError('csv', `"date,value" rows or a "# DATE" line in ${section.type}`, {
          offset: this.#rowAt,
        });
      }
      section.dates.push({ date: first, items: row.fields[1] === '' ? [] : [{ value: row.fields[1] }] });
      this.#header = [];
      return;
    }
    if (this.#header !== undefined && this.#header.length === 0 && isDateLabel(first) && row.fields.length === 2) {
      // Another line of the same date: the next hour of an hourly answer (quirk hourly-items).
      if (first === group.date) {
        if (group.items.length >= HOURS_A_DAY)
          throw new ClickyDecodeError('csv', `at most ${HOURS_A_DAY} "date,value" rows a date`, {
            offset: this.#rowAt,
          });
        if (row.fields[1] !== '') group.items.push({ value: row.fields[1] });
      } else section.dates.push({ date: first, items: row.fields[1] === '' ? [] : [{ value: row.fields[1] }] });
      return;
    }
    if (this.#header === undefined) {
      this.#header = this.#readHeader(section.type, row.fields);
      return;
    }
    const header = this.#header;
    if (row.fields.length !== header.length) {
      throw new ClickyDecodeError('csv', `${header.length} cells a row, got ${row.fields.length}`, {
        offset: this.#rowAt,
        path: `${section.type}[${section.dates.length - 1}]`,
      });
    }
    group.items.push(
      this.#item(row, header, `${section.type}[${section.dates.length - 1}].items[${group.items.length}]`),
    );
  }

  /**
   * Bare "date,value" lines with no "# TYPE" line before them, as the reference's own words describe the daily
   * tally layout (quirk csv-layout): read as the one type requested; with none or several, which type they are is
   * not known, and they are refused.
   */
  #bareSection(row: CsvRow): Section | undefined {
    const types = this.#options.types;
    if (this.#wire.length > 0 || types?.length !== 1 || row.fields.length !== 2 || !isDateLabel(row.fields[0] ?? ''))
      return undefined;
    this.#section = { type: types[0] as string, dates: [] };
    this.#wire.push(this.#section);
    return this.#section;
  }

  /** The columns of a header row; two columns for one field are refused (one would silently replace the other). */
  #readHeader(type: string, fields: readonly string[]): HeaderColumn[] {
    const known = columnsOf(type).byHeader;
    const seen = new Set<string>();
    return fields.map((h) => {
      const col = known.get(h) ?? { header: h, path: [machineName(h)] as const, spec: undefined };
      const key = col.path.join('.');
      if (seen.has(key) || (col.path.length === 2 && seen.has(col.path[0])))
        throw new ClickyDecodeError('csv', `a header without two columns for one field (${key.slice(0, 40)})`, {
          offset: this.#rowAt,
        });
      seen.add(key);
      const spec = col.spec;
      return {
        ...col,
        cell: typeof spec === 'object' && 'list' in spec ? 'list' : spec === 'string-map' ? 'map' : 'text',
      };
    });
  }

  /**
   * One item from a row. Items are copied from a template object holding every column's key, then filled in:
   * copies of one template share V8's fast object layout, where adding many fields one by one would leave the
   * item in slow dictionary mode. Empty cells are absent fields; `""` is an empty string.
   */
  #item(row: CsvRow, header: readonly HeaderColumn[], where: string): Record<string, unknown> {
    const cells = row.fields;
    const template = this.#template ?? templateOf(header);
    this.#template = template;
    const item: Record<string, unknown> = { ...template.top };
    let gaps = false;
    for (let i = 0; i < cells.length; i++) {
      const cell = cells[i] as string;
      const col = header[i] as HeaderColumn;
      if (cell === '' && !row.emptyQuoted?.has(i)) {
        gaps = true;
        continue;
      }
      const value =
        col.cell === 'text' || cell === ''
          ? cell
          : decodeCell(cell, col.spec, this.#options, `${where}.${col.path.join('.')}`);
      if (col.path.length === 1) setOwn(item, col.path[0], value);
      else {
        const [outer, inner] = col.path;
        let nested = item[outer] as Record<string, unknown> | null;
        if (nested === null) item[outer] = nested = { ...template.nested.get(outer) };
        setOwn(nested, inner, value);
      }
    }
    if (gaps) prune(item);
    return item;
  }
}

interface HeaderColumn extends Column {
  readonly cell: 'text' | 'list' | 'map';
}

/** Keys of every column (nested ones under their outer field), all null: what #item copies. */
function templateOf(header: readonly HeaderColumn[]): {
  top: Record<string, unknown>;
  nested: Map<string, Record<string, unknown>>;
} {
  const top: [string, null][] = [];
  const nested = new Map<string, [string, null][]>();
  for (const col of header) {
    if (col.path.length === 1) top.push([col.path[0], null]);
    else {
      const [outer, inner] = col.path;
      if (!nested.has(outer)) {
        nested.set(outer, []);
        top.push([outer, null]);
      }
      nested.get(outer)?.push([inner, null]);
    }
  }
  return { top: Object.fromEntries(top), nested: new Map([...nested].map(([k, v]) => [k, Object.fromEntries(v)])) };
}

/** Removes the fields an empty cell left null, nested ones too. */
function prune(item: Record<string, unknown>): void {
  for (const key of Object.keys(item)) {
    const v = item[key];
    if (v === null) delete item[key];
    else if (typeof v === 'object' && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype) {
      for (const inner of Object.keys(v as object))
        if ((v as Record<string, unknown>)[inner] === null) delete (v as Record<string, unknown>)[inner];
    }
  }
}
