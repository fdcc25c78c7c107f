// The CSV layout. Evidence is thin (quirk csv-layout in the spec): the reference says that when every type is
// a tally and daily=1 each line is "date,value"; a 2011 fragment shows "# visitors", "# 2011-08-18" and a
// header "Item,Value,Value Percent". So: a "# TYPE" line opens each type; then either "date,value" lines, or
// per date group a "# DATE" line, a header row of readable column names and one row per item. Nested fields
// are flattened ("First Visit Time"); a list is one cell of percent-encoded entries joined by commas; custom
// data is one cell "key=value&key=value" (the reference: all pairs crammed into one column). Errors: a
// "# error" line, then the message. Everything about this layout lives in this file.
import { ClickyApiError, ClickyDecodeError, type DateGroup } from '@clicky-sdk/core';
import { type CsvRow, CsvRowReader, csvLine } from '../csv-rows.ts';
import { SHAPES, TYPE_SHAPES } from '../generated/field-tables.ts';
import { type DecodedResult, setOwn } from '../result.ts';
import type { FieldSpec, ShapeSpec } from '../shape-table.ts';
import { isTally } from '../tally.ts';
import { type TypingOptions, typeResult, type WireType } from '../typing.ts';
import { toWireScalar } from '../wire-values.ts';

const DATE_LABEL = /^\d{4}-\d{2}-\d{2}(?:,\d{4}-\d{2}-\d{2})?$/;

/** Column names people read: value_percent -> "Value Percent"; the item's title is "Item". */
function humanize(name: string): string {
  if (name === 'title') return 'Item';
  return name
    .split(/[_-]/)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
}
const machineName = (header: string): string => header.trim().toLowerCase().replace(/\s+/g, '_');

/** A column: where its value sits in an item (one key, or two for a nested field) and how it is written. */
interface Column {
  readonly header: string;
  readonly path: readonly [string] | readonly [string, string];
  readonly spec: FieldSpec | undefined;
}

/** Every column a shape can have, in spec order, nested fields flattened. */
function shapeColumns(shape: ShapeSpec | undefined): Column[] {
  const columns: Column[] = [];
  for (const [name, spec] of Object.entries(shape?.fields ?? {})) {
    if (typeof spec === 'object' && 'object' in spec) {
      for (const [sub, subSpec] of Object.entries(SHAPES[spec.object]?.fields ?? {})) {
        columns.push({ header: `${humanize(name)} ${humanize(sub)}`, path: [name, sub], spec: subSpec });
      }
    } else columns.push({ header: humanize(name), path: [name], spec });
  }
  return columns;
}

const COLUMNS = new Map<string, { list: Column[]; byHeader: Map<string, Column> }>(
  Object.keys(SHAPES).map((name) => {
    const list = shapeColumns(SHAPES[name]);
    return [name, { list, byHeader: new Map(list.map((c) => [c.header, c])) }];
  }),
);
const columnsOf = (type: string): { list: Column[]; byHeader: Map<string, Column> } =>
  COLUMNS.get(TYPE_SHAPES[type] ?? '') ?? { list: [], byHeader: new Map() };

// ---- cells ----

function encodeCell(value: unknown): string {
  if (Array.isArray(value)) return value.map((v) => encodeURIComponent(toWireScalar(v))).join(',');
  if (typeof value === 'object' && value !== null) {
    const pairs: string[] = [];
    for (const [k, v] of Object.entries(value)) {
      for (const one of Array.isArray(v) ? v : [v])
        pairs.push(`${encodeURIComponent(k)}=${encodeURIComponent(toWireScalar(one))}`);
    }
    return pairs.join('&');
  }
  return toWireScalar(value);
}

function decodeComponent(s: string, where: string): string {
  if (!s.includes('%')) return s;
  try {
    return decodeURIComponent(s);
  } catch {
    throw new ClickyDecodeError('csv', `percent-encoded text, got ${JSON.stringify(s.slice(0, 40))}`, { path: where });
  }
}

function decodeCell(cell: string, spec: FieldSpec | undefined, multiValues: boolean, where: string): unknown {
  if (typeof spec === 'object' && 'list' in spec) return cell.split(',').map((v) => decodeComponent(v, where));
  if (spec === 'string-map') {
    const map: Record<string, string | string[]> = {};
    for (const pair of cell.split('&')) {
      const eq = pair.indexOf('=');
      if (eq <= 0)
        throw new ClickyDecodeError('csv', `key=value pairs of custom data, got ${JSON.stringify(pair.slice(0, 40))}`, {
          path: where,
        });
      const key = decodeComponent(pair.slice(0, eq), where);
      const value = decodeComponent(pair.slice(eq + 1), where);
      const existing = Object.hasOwn(map, key) ? map[key] : undefined;
      if (existing === undefined) setOwn(map, key, multiValues ? [value] : value);
      else if (Array.isArray(existing)) existing.push(value);
      else setOwn(map, key, [existing, value]);
    }
    return map;
  }
  return cell;
}

// ---- reading ----

type Section = { type: string; dates: { date: string; items: Record<string, unknown>[] }[] };

/** Reads rows as they come and builds the wire model; one instance per body. */
export class CsvLayoutReader {
  readonly #rows = new CsvRowReader();
  readonly #wire: Section[] = [];
  readonly #multiValues: boolean;
  #section: Section | undefined;
  #header: HeaderColumn[] | undefined;
  #template: ReturnType<typeof templateOf> | undefined;
  #error: string[] | undefined;
  #rowIndex = 0;

  constructor(multiValues: boolean) {
    this.#multiValues = multiValues;
  }

  push(text: string): void {
    for (const row of this.#rows.push(text)) this.#row(row);
  }

  end(): { wire: WireType[]; error: string | undefined } {
    for (const row of this.#rows.end()) this.#row(row);
    return { wire: this.#wire, error: this.#error?.join('\n') };
  }

  #row(row: CsvRow): void {
    this.#rowIndex++;
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
      if (DATE_LABEL.test(label)) {
        if (!this.#section)
          throw new ClickyDecodeError('csv', '"# TYPE" before the first date', { offset: this.#rowIndex });
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
    const section = this.#section;
    if (!section) throw new ClickyDecodeError('csv', 'a "# TYPE" line first', { offset: this.#rowIndex });
    const group = section.dates.at(-1);
    if (!group) {
      // The date,value layout: no date lines, one "date,value" row per day.
      if (row.fields.length !== 2 || !DATE_LABEL.test(first)) {
        throw new ClickyDecodeError('csv', `"date,value" rows or a "# DATE" line in ${section.type}`, {
          offset: this.#rowIndex,
        });
      }
      section.dates.push({ date: first, items: row.fields[1] === '' ? [] : [{ value: row.fields[1] }] });
      this.#header = [];
      return;
    }
    if (this.#header !== undefined && this.#header.length === 0 && DATE_LABEL.test(first) && row.fields.length === 2) {
      section.dates.push({ date: first, items: row.fields[1] === '' ? [] : [{ value: row.fields[1] }] });
      return;
    }
    if (this.#header === undefined) {
      this.#header = this.#readHeader(section.type, row.fields);
      return;
    }
    const header = this.#header;
    if (row.fields.length !== header.length) {
      throw new ClickyDecodeError('csv', `${header.length} cells a row, got ${row.fields.length}`, {
        offset: this.#rowIndex,
        path: `${section.type}[${section.dates.length - 1}]`,
      });
    }
    group.items.push(
      this.#item(row.fields, header, `${section.type}[${section.dates.length - 1}].items[${group.items.length}]`),
    );
  }

  /** The columns of a header row, and the templates items are copied from (see #item). */
  #readHeader(type: string, fields: readonly string[]): HeaderColumn[] {
    const known = columnsOf(type).byHeader;
    return fields.map((h) => {
      const col = known.get(h) ?? { header: h, path: [machineName(h)] as const, spec: undefined };
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
   * item in slow dictionary mode. Empty cells are absent fields.
   */
  #item(cells: readonly string[], header: readonly HeaderColumn[], where: string): Record<string, unknown> {
    const template = this.#template ?? templateOf(header);
    this.#template = template;
    const item: Record<string, unknown> = { ...template.top };
    let gaps = false;
    for (let i = 0; i < cells.length; i++) {
      const cell = cells[i] as string;
      const col = header[i] as HeaderColumn;
      if (cell === '') {
        gaps = true;
        continue;
      }
      const value =
        col.cell === 'text' ? cell : decodeCell(cell, col.spec, this.#multiValues, `${where}.${col.path.join('.')}`);
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

function finish(reader: CsvLayoutReader, options: Omit<TypingOptions, 'format'>): DecodedResult {
  const { wire, error } = reader.end();
  if (error !== undefined) throw new ClickyApiError(error.trim(), 'csv');
  return typeResult(wire, { ...options, format: 'csv' });
}

export function decodeCsv(text: string, options: Omit<TypingOptions, 'format'>): DecodedResult {
  const reader = new CsvLayoutReader(options.multiValues === true);
  reader.push(text);
  return finish(reader, options);
}

/** Decodes CSV text as it arrives, chunk by chunk: rows are read as soon as they are complete. */
export async function decodeCsvChunks(
  chunks: AsyncIterable<string>,
  options: Omit<TypingOptions, 'format'>,
): Promise<DecodedResult> {
  const reader = new CsvLayoutReader(options.multiValues === true);
  for await (const chunk of chunks) reader.push(chunk);
  return finish(reader, options);
}

// ---- writing ----

export interface CsvEncodeOptions {
  /** The request had daily=1: with only tally types, write "date,value" lines, as the API does. */
  readonly daily?: boolean;
}

/** An item's cells by column key: a nested object's fields become their own columns. */
function flatten(item: object, shape: ShapeSpec | undefined): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [k, v] of Object.entries(item)) {
    const spec = shape?.fields[k];
    if (typeof spec === 'object' && 'object' in spec && typeof v === 'object' && v !== null) {
      for (const [sub, sv] of Object.entries(v)) out.set(`${k}\u0000${sub}`, sv);
    } else out.set(k, v);
  }
  return out;
}

export function encodeCsv(
  result: Readonly<Record<string, readonly DateGroup<object>[]>>,
  options: CsvEncodeOptions = {},
): string {
  const lines: string[] = [];
  const entries = Object.entries(result);
  const dateValue =
    options.daily === true &&
    entries.every(
      ([type, groups]) =>
        isTally(type) &&
        groups.every((g) => g.items.length <= 1 && g.items.every((it) => Object.keys(it).join() === 'value')),
    );
  for (const [type, groups] of entries) {
    lines.push(`# ${type}`);
    if (dateValue) {
      for (const g of groups)
        lines.push(
          csvLine([g.date, g.items.length === 0 ? '' : toWireScalar((g.items[0] as { value: unknown }).value)]),
        );
      continue;
    }
    const known = columnsOf(type).list;
    for (const g of groups) {
      lines.push(`# ${g.date}`);
      if (g.items.length === 0) continue;
      const flat = g.items.map((item) => flatten(item, SHAPES[TYPE_SHAPES[type] ?? '']));
      // Columns: the shape's, in spec order, that any item fills; then unknown fields in order of appearance.
      const keyOf = (c: Column): string => c.path.join('\u0000');
      const present = new Set(flat.flatMap((m) => [...m.keys()]));
      const columns: Column[] = known.filter((c) => present.has(keyOf(c)));
      const knownKeys = new Set(known.map(keyOf));
      for (const key of present)
        if (!knownKeys.has(key)) columns.push({ header: humanize(key), path: [key], spec: undefined });
      lines.push(csvLine(columns.map((c) => c.header)));
      for (const m of flat)
        lines.push(csvLine(columns.map((c) => (m.has(keyOf(c)) ? encodeCell(m.get(keyOf(c))) : ''))));
    }
  }
  return `${lines.join('\n')}\n`;
}

export function encodeCsvError(message: string): string {
  return `# error\n${csvLine([message])}\n`;
}
