// Reading the CSV layout as its text arrives, row by row. Evidence is thin (quirk csv-layout in the spec): the
// reference says that when every type is a tally and daily=1 each line is "date,value"; a 2011 fragment shows
// "# visitors", "# 2011-08-18" and a header "Item,Value,Value Percent". So: a "# TYPE" line opens each type;
// then either "date,value" lines, or per date group a "# DATE" line, a header row of readable column names and
// one row per item. Errors: a "# error" line, then the message.
// With a sink (decodeItems), types, date groups and items go to it as they are read, and no item is kept.
import { ClickyApiError, ClickyDecodeError } from '@clicky-sdk/core';
import type { CodecOptions, ItemSink } from '../../codec.ts';
import { type KeyNode, KeyTree, templateOf as keyTemplate } from '../../key-tree.ts';
import { setOwn } from '../../own.ts';
import { ownCopy, ownText, SharedStrings } from '../../own-text.ts';
import type { DecodedResult } from '../../result.ts';
import { TailReader } from '../../tail-reader.ts';
import { isDateLabel, typeResult } from '../../typing/result.ts';
import { decodeCell } from './cells.ts';
import { type Column, columnsOf, isWhite, machineName } from './columns.ts';
import { CsvRow, readRow } from './rows.ts';

type Group = { date: string; items: Record<string, unknown>[] };
type Section = { type: string; dates: Group[] };

/** Where the item being read goes, for a problem's path: built only when a cell needs it, not for every row. */
const itemPath = (section: Section, index: number): string =>
  `${section.type}[${section.dates.length - 1}].items[${index}]`;

/** The label of a "# LABEL" line: after the #, trimmed as trim() trims, in one copy of its own. */
function labelOf(line: string): string {
  let start = 1;
  let end = line.length;
  while (start < end && isWhite(line.charCodeAt(start))) start++;
  while (end > start && isWhite(line.charCodeAt(end - 1))) end--;
  return ownText(line, start, end);
}

/** The most "date,value" rows one date has: one an hour. */
const HOURS_A_DAY = 24;

/** Reads rows as they come and builds the wire model; one instance per body, whole or streamed. */
export class CsvLayoutReader extends TailReader {
  readonly #wire: Section[] = [];
  readonly #options: CodecOptions;
  #section: Section | undefined;
  #header: HeaderColumn[] | undefined;
  /** The last header row read, its type and what it holds (see #sameHeader). */
  #lastHeader: { type: string; fields: readonly string[]; header: Header } | undefined;
  /** The sequences of columns the rows under the current header fill (see #item); made with the first header. */
  #columns: KeyTree<CsvPlan> | undefined;
  /** Every row is read into this one (see CsvRow). */
  readonly #rowRead = new CsvRow();
  /** The values of the row being read, in #item. */
  readonly #values: unknown[] = [];
  /** Short values met before: one string each (see SharedStrings). */
  readonly #shared = new SharedStrings();
  #error: string[] | undefined;
  /** Where the row being read starts in the text `read` was given (error offsets). */
  #rowAt = 0;
  readonly #sink: ItemSink | undefined;
  /** Items read in the last date group (kept or handed out). */
  #count = 0;

  constructor(options: CodecOptions, sink?: ItemSink) {
    super();
    this.#options = options;
    this.#sink = sink;
  }

  protected read(text: string, final: boolean): void {
    let i = 0;
    while (i < text.length) {
      const row = readRow(text, i, final, this.#rowRead);
      this.#rowAt = i;
      i = row.next;
      // A blank line separates nothing.
      if (!(row.fields.length === 1 && row.fields[0] === '' && !row.firstQuoted)) this.#row(row);
      this.consumed = i;
    }
  }

  protected finish(): DecodedResult {
    if (this.#error !== undefined) throw new ClickyApiError(this.#error.join('\n').trim(), 'csv');
    return this.#sink === undefined ? typeResult(this.#wire, 'csv', this.#options) : {};
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
      const label = labelOf(row.fields.length === 1 ? first : row.fields.join(','));
      if (this.#wire.length === 0 && this.#section === undefined && label === 'error') {
        this.#error = [];
        return;
      }
      if (isDateLabel(label)) {
        if (!this.#section)
          throw new ClickyDecodeError('csv', '"# TYPE" before the first date', { offset: this.#rowAt });
        this.#group(this.#section, label);
        this.#header = undefined;
      } else {
        this.#section = { type: label, dates: [] };
        this.#wire.push(this.#section);
        this.#sink?.type(label);
        this.#header = undefined;
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
      const opened = this.#group(section, ownCopy(first));
      if (row.fields[1] !== '') this.#add(opened, { value: ownCopy(row.fields[1] as string) });
      this.#header = [];
      return;
    }
    if (this.#header !== undefined && this.#header.length === 0 && isDateLabel(first) && row.fields.length === 2) {
      // Another line of the same date: the next hour of an hourly answer (quirk hourly-items).
      if (first === group.date) {
        if (this.#count >= HOURS_A_DAY)
          throw new ClickyDecodeError('csv', `at most ${HOURS_A_DAY} "date,value" rows a date`, {
            offset: this.#rowAt,
          });
        if (row.fields[1] !== '') this.#add(group, { value: ownCopy(row.fields[1] as string) });
      } else {
        const opened = this.#group(section, ownCopy(first));
        if (row.fields[1] !== '') this.#add(opened, { value: ownCopy(row.fields[1] as string) });
      }
      return;
    }
    if (this.#header === undefined) {
      // A date group repeating the previous header keeps its columns and key tree (and the tree's templates).
      if (!this.#sameHeader(section.type, row.fields)) {
        this.#lastHeader = {
          type: section.type,
          fields: row.fields.slice(), // the row is written over by the next one
          header: this.#readHeader(section.type, row.fields),
        };
        this.#columns = new KeyTree();
      }
      this.#header = this.#lastHeader?.header.columns;
      return;
    }
    const header = this.#header;
    if (row.fields.length !== header.length) {
      throw new ClickyDecodeError('csv', `${header.length} cells a row, got ${row.fields.length}`, {
        offset: this.#rowAt,
        path: `${section.type}[${section.dates.length - 1}]`,
      });
    }
    this.#add(group, this.#item(row, header, section));
  }

  /** Opens a date group of a section. */
  #group(section: Section, date: string): Group {
    const group: Group = { date, items: [] };
    section.dates.push(group);
    this.#count = 0;
    this.#sink?.group(date);
    return group;
  }

  /** An item of the last group: kept, or handed to the sink. */
  #add(group: Group, item: Record<string, unknown>): void {
    this.#count++;
    if (this.#sink === undefined) group.items.push(item);
    else this.#sink.item(item);
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
    this.#sink?.type(this.#section.type);
    return this.#section;
  }

  #sameHeader(type: string, fields: readonly string[]): boolean {
    const last = this.#lastHeader;
    if (last === undefined || last.type !== type || last.fields.length !== fields.length) return false;
    for (let i = 0; i < fields.length; i++) if (last.fields[i] !== fields[i]) return false;
    return true;
  }

  /**
   * The columns of a header row; two columns for one field are refused (one would silently replace the other).
   * Every date group repeats its header, and the columns depend only on the type and the header's cells, so they
   * are worked out once per module (see HEADERS) rather than once per group.
   */
  #readHeader(type: string, fields: readonly string[]): Header {
    const key = headerKey(type, fields);
    const cached = key === undefined ? undefined : HEADERS.get(key);
    if (cached !== undefined) return cached;
    const known = columnsOf(type).byHeader;
    const seen = new Set<string>();
    const columns = fields.map((h, i): HeaderColumn => {
      // Copies of their own: the columns outlive the body (HEADERS), and a slice would keep it alive.
      const col = known.get(h) ?? { header: ownCopy(h), path: [ownCopy(machineName(h))] as const, spec: undefined };
      const key = col.path.join('.');
      if (seen.has(key) || (col.path.length === 2 && seen.has(col.path[0])))
        throw new ClickyDecodeError('csv', `a header without two columns for one field (${key.slice(0, 40)})`, {
          offset: this.#rowAt,
        });
      seen.add(key);
      const spec = col.spec;
      const cell = typeof spec === 'object' && 'list' in spec ? 'list' : spec === 'string-map' ? 'map' : 'text';
      return { header: col.header, path: col.path, spec, cell, id: String(i) };
    });
    const header: Header = { columns, templates: new Map() };
    if (key !== undefined) {
      if (HEADERS.size >= MAX_HEADERS) HEADERS.clear();
      HEADERS.set(key, header);
    }
    return header;
  }

  /**
   * One item from a row. Empty cells are absent fields (`""` is an empty string), so rows of varied traffic
   * have many shapes: the columns a row fills are walked as a sequence in a key tree (see key-tree.ts), and a
   * sequence that recurs gets templates holding exactly its keys. Items copied from one template share V8's
   * fast object layout, where adding fields one by one (or deleting the absent ones) would leave them in slow
   * dictionary mode.
   */
  #item(row: CsvRow, header: readonly HeaderColumn[], section: Section): Record<string, unknown> {
    const cells = row.fields;
    const values = this.#values;
    this.#columns ??= new KeyTree();
    let node = this.#columns.root;
    let n = 0;
    for (let i = 0; i < cells.length; i++) {
      const cell = cells[i] as string;
      if (cell === '' && !row.emptyQuoted?.has(i)) continue;
      const col = header[i] as HeaderColumn;
      node = node.child(col.id);
      // Text of its own: a slice would keep the whole body alive for as long as the result holds it.
      values[n++] =
        col.cell === 'text' || cell === ''
          ? this.#shared.share(ownCopy(cell))
          : decodeCell(cell, col.spec, this.#options, `${itemPath(section, this.#count)}.${col.path.join('.')}`);
    }
    node.uses++;
    const plan = node.plan ?? this.#plan(node, header);
    const item: Record<string, unknown> = plan.template === undefined ? {} : { ...plan.template.top };
    for (let k = 0; k < n; k++) {
      const col = plan.columns[k] as HeaderColumn;
      const value = values[k];
      if (col.path.length === 1) setOwn(item, col.path[0], value);
      else {
        const [outer, inner] = col.path;
        let nested = Object.hasOwn(item, outer) ? (item[outer] as Record<string, unknown> | null) : null;
        if (nested === null) {
          nested = plan.template === undefined ? {} : { ...plan.template.nested.get(outer) };
          setOwn(item, outer, nested);
        }
        setOwn(nested, inner, value);
      }
    }
    return item;
  }

  /**
   * How items filling a node's sequence of columns are built. The template is kept with the header (and so, for
   * a header met before, from one decode to the next): a sequence is given one as soon as it recurs, or at once
   * when an earlier decode already built it.
   */
  #plan(node: KeyNode<CsvPlan>, header: readonly HeaderColumn[]): CsvPlan {
    const ids = node.keys();
    const columns = new Array<HeaderColumn>(ids.length);
    for (let k = 0; k < ids.length; k++) columns[k] = header[Number(ids[k])] as HeaderColumn;
    const templates = this.#lastHeader?.header.templates;
    const key = ids.join(',');
    let template = templates?.get(key);
    if (template === undefined && node.uses > 1) {
      template = templateOf(columns);
      if (templates !== undefined && templates.size < MAX_TEMPLATES_A_HEADER) templates.set(key, template);
    }
    const plan = { columns, template };
    if (template !== undefined) node.plan = plan;
    return plan;
  }
}

/** How items filling one sequence of columns are built. */
interface CsvPlan {
  readonly columns: readonly HeaderColumn[];
  /** Undefined for a sequence seen once (no template is worth building yet). */
  readonly template: CsvTemplate | undefined;
}

/** A header row's columns, and the templates of the sequences of them that rows fill (by column ids). */
interface Header {
  readonly columns: HeaderColumn[];
  readonly templates: Map<string, CsvTemplate>;
}
/** Templates a header keeps: past this, a body's endless new sequences get templates of their own reader's. */
const MAX_TEMPLATES_A_HEADER = 256;

/** Header rows worked out before, by type and cells (see headerKey); cleared when full, so a body cannot grow it. */
const HEADERS = new Map<string, Header>();
const MAX_HEADERS = 256;
/** Headers longer than this (in characters, all cells) are worked out each time rather than kept. */
const MAX_HEADER_KEY = 4096;

/** A header's cache key: the type and the cells, unambiguous (JSON); undefined for one too long to keep. */
function headerKey(type: string, fields: readonly string[]): string | undefined {
  let length = type.length;
  for (const f of fields) length += f.length;
  return length > MAX_HEADER_KEY ? undefined : JSON.stringify([type, ...fields]);
}

interface HeaderColumn extends Column {
  readonly cell: 'text' | 'list' | 'map';
  /** The column's position in its header, as the key of its node in the key tree. */
  readonly id: string;
}

/** An item's keys, all null (nested fields under their outer field): what #item copies. */
interface CsvTemplate {
  readonly top: Record<string, unknown>;
  readonly nested: ReadonlyMap<string, Record<string, unknown>>;
}

const NO_NESTED: ReadonlyMap<string, Record<string, unknown>> = new Map();

/** The template of a sequence of columns. */
function templateOf(columns: readonly HeaderColumn[]): CsvTemplate {
  const top: string[] = [];
  let nested: Map<string, string[]> | undefined;
  for (const col of columns) {
    if (col.path.length === 1) top.push(col.path[0]);
    else {
      const [outer, inner] = col.path;
      nested ??= new Map();
      let inners = nested.get(outer);
      if (inners === undefined) {
        inners = [];
        nested.set(outer, inners);
        top.push(outer);
      }
      inners.push(inner);
    }
  }
  if (nested === undefined) return { top: keyTemplate(top), nested: NO_NESTED };
  const built = new Map<string, Record<string, unknown>>();
  for (const [outer, inners] of nested) built.set(outer, keyTemplate(inners));
  return { top: keyTemplate(top), nested: built };
}
