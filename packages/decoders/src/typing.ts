// Turns the wire model every format parses into (type -> dates -> items of strings) into the typed result,
// using the generated field tables. Items are typed in place: the parsers hand over fresh objects, and not
// copying them is what keeps the JSON path close to bare JSON.parse.
import { ClickyDecodeError } from '@clicky-sdk/core';
import { SHAPES, TYPE_SHAPES } from './generated/field-tables.ts';
import { setOwn, type DecodedResult, type Format } from './result.ts';
import type { FieldSpec } from './shape-table.ts';

/** What every format's parser produces. Scalars are usually strings; numbers, booleans and null are tolerated. */
export interface WireType {
  readonly type: string;
  readonly dates: readonly WireDate[];
}
export interface WireDate {
  readonly date: string;
  readonly items: unknown[];
}

interface CompiledShape {
  readonly name: string;
  readonly ints: readonly string[];
  readonly nums: readonly string[];
  readonly bools: readonly string[];
  readonly strings: readonly string[];
  readonly lists: readonly string[];
  readonly maps: readonly string[];
  readonly objects: readonly (readonly [string, string])[];
  readonly required: readonly string[];
}

function compile(name: string): CompiledShape {
  const spec = SHAPES[name];
  const fields = Object.entries(spec?.fields ?? {});
  const of = (pred: (f: FieldSpec) => boolean): string[] => fields.filter(([, f]) => pred(f)).map(([k]) => k);
  return {
    name,
    ints: of((f) => f === 'integer'),
    nums: of((f) => f === 'number'),
    bools: of((f) => f === 'boolean'),
    strings: of((f) => f === 'string'),
    lists: of((f) => typeof f === 'object' && 'list' in f),
    maps: of((f) => f === 'string-map'),
    objects: fields.flatMap(([k, f]) => (typeof f === 'object' && 'object' in f ? [[k, f.object] as const] : [])),
    required: spec?.required ?? [],
  };
}

const COMPILED = new Map<string, CompiledShape>(Object.keys(SHAPES).map((n) => [n, compile(n)]));

export function shapeOf(type: string): CompiledShape | undefined {
  const name = TYPE_SHAPES[type];
  return name === undefined ? undefined : COMPILED.get(name);
}

/** Where in the result a value sits, built only when an error needs it. */
interface Where {
  readonly format: Format;
  readonly type: string;
  readonly date: number;
  /** Advanced item by item, so one object serves a whole date group. */
  item: number;
}
const pathOf = (w: Where, field: string): string => `${w.type}[${w.date}].items[${w.item}]${field ? `.${field}` : ''}`;
const fail = (w: Where, field: string, expected: string): never => {
  throw new ClickyDecodeError(w.format, expected, { path: pathOf(w, field) });
};

/** An absent value: missing, null (null_values=1), or empty. Absent stays absent in the result. */
const isEmpty = (v: unknown): boolean => v === undefined || v === null || v === '';

function toInteger(v: unknown, w: Where, field: string): number {
  if (typeof v === 'number' && Number.isSafeInteger(v)) return v;
  if (typeof v === 'string') {
    const len = v.length;
    let i = v.charCodeAt(0) === 45 /* - */ ? 1 : 0;
    if (len > i && len - i <= 16) {
      for (; i < len; i++) {
        const c = v.charCodeAt(i);
        if (c < 48 || c > 57) break;
      }
      if (i === len) {
        const n = Number(v);
        if (Number.isSafeInteger(n)) return n;
      }
    }
  }
  return fail(w, field, `an integer, got ${JSON.stringify(v)?.slice(0, 40)}`);
}

const DECIMAL = /^-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?$/;

function toNumber(v: unknown, w: Where, field: string): number {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string' && v.length <= 64 && DECIMAL.test(v)) return Number(v);
  return fail(w, field, `a number, got ${JSON.stringify(v)?.slice(0, 40)}`);
}

function toBoolean(v: unknown, w: Where, field: string): boolean {
  if (v === '1' || v === 1 || v === true || v === 'true') return true;
  if (v === '0' || v === 0 || v === false || v === 'false') return false;
  return fail(w, field, `1 or 0, got ${JSON.stringify(v)?.slice(0, 40)}`);
}

function toText(v: unknown, w: Where, field: string): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return fail(w, field, `a string, got ${Array.isArray(v) ? 'a list' : typeof v}`);
}

function toList(v: unknown, w: Where, field: string): string[] {
  const list = Array.isArray(v) ? v : typeof v === 'string' ? [v] : fail(w, field, 'a list of strings');
  return list.map((x, i) => toText(x, w, `${field}[${i}]`));
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Custom data: key -> string, or key -> list of strings (always a list with multiValues). */
function toMap(v: unknown, w: Where, field: string, multiValues: boolean): Record<string, string | string[]> | undefined {
  if (Array.isArray(v) && v.length === 0) return undefined; // PHP and JSON write an empty PHP array as a list
  if (!isRecord(v)) return fail(w, field, 'an object of custom data');
  const out: Record<string, string | string[]> = {};
  let any = false;
  for (const key of Object.keys(v)) {
    const value = v[key];
    if (isEmpty(value)) continue;
    const typed = Array.isArray(value) || multiValues ? toList(value, w, `${field}.${key}`) : toText(value, w, `${field}.${key}`);
    setOwn(out, key, typed);
    any = true;
  }
  return any ? out : undefined;
}

/** Types one item in place against its shape. */
function typeItem(item: Record<string, unknown>, shape: CompiledShape, w: Where, multiValues: boolean, prefix = ''): void {
  let v: unknown;
  for (const f of shape.ints) if ((v = item[f]) !== undefined) isEmpty(v) ? delete item[f] : (item[f] = toInteger(v, w, prefix + f));
  for (const f of shape.nums) if ((v = item[f]) !== undefined) isEmpty(v) ? delete item[f] : (item[f] = toNumber(v, w, prefix + f));
  for (const f of shape.bools) if ((v = item[f]) !== undefined) isEmpty(v) ? delete item[f] : (item[f] = toBoolean(v, w, prefix + f));
  for (const f of shape.strings) {
    if ((v = item[f]) !== undefined && typeof v !== 'string') isEmpty(v) ? delete item[f] : (item[f] = toText(v, w, prefix + f));
    else if (v === '') delete item[f];
  }
  for (const f of shape.lists) {
    if ((v = item[f]) === undefined) continue;
    const list = isEmpty(v) ? [] : toList(v, w, prefix + f);
    if (list.length === 0) delete item[f];
    else item[f] = list;
  }
  for (const f of shape.maps) {
    if ((v = item[f]) === undefined) continue;
    const map = isEmpty(v) ? undefined : toMap(v, w, prefix + f, multiValues);
    if (map === undefined) delete item[f];
    else item[f] = map;
  }
  for (const [f, nested] of shape.objects) {
    if ((v = item[f]) === undefined) continue;
    if (isEmpty(v) || (Array.isArray(v) && v.length === 0)) {
      delete item[f];
      continue;
    }
    if (!isRecord(v)) fail(w, prefix + f, 'an object');
    typeItem(v as Record<string, unknown>, COMPILED.get(nested) as CompiledShape, w, multiValues, `${prefix}${f}.`);
    if (Object.keys(v as object).length === 0) delete item[f];
  }
  for (const f of shape.required) if (item[f] === undefined) fail(w, prefix + f, `the required field ${f}`);
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** `date` as sent, plus its first and last day: "2024-10-29" or "2024-10-01,2024-10-31". */
function dateBounds(date: string, w: Where): { start: string; end: string } {
  if (DAY.test(date)) return { start: date, end: date };
  const comma = date.indexOf(',');
  const start = date.slice(0, comma);
  const end = date.slice(comma + 1);
  if (comma > 0 && DAY.test(start) && DAY.test(end)) return { start, end };
  throw new ClickyDecodeError(w.format, `a date YYYY-MM-DD or START,END, got ${JSON.stringify(date.slice(0, 40))}`, { path: `${w.type}[${w.date}].date` });
}

export interface TypingOptions {
  readonly format: Format;
  readonly types?: readonly string[] | undefined;
  readonly multiValues?: boolean | undefined;
}

/** Builds the typed result from the wire model; checks the body holds exactly the requested types, when given. */
export function typeResult(wire: readonly WireType[], options: TypingOptions): DecodedResult {
  const result: DecodedResult = {};
  const multiValues = options.multiValues === true;
  for (const entry of wire) {
    const shape = shapeOf(entry.type);
    if (options.types && !options.types.includes(entry.type)) {
      throw new ClickyDecodeError(options.format, `only the requested types (${options.types.join(', ')}), got ${JSON.stringify(entry.type.slice(0, 40))}`);
    }
    if (Object.prototype.hasOwnProperty.call(result, entry.type)) {
      throw new ClickyDecodeError(options.format, `each type once, got ${JSON.stringify(entry.type.slice(0, 40))} twice`);
    }
    const groups = entry.dates.map((d, di) => {
      const w: Where = { format: options.format, type: entry.type, date: di, item: 0 };
      const { start, end } = dateBounds(d.date, w);
      const items = d.items;
      for (let i = 0; i < items.length; i++) {
        const item = items[i];
        w.item = i;
        if (!isRecord(item)) fail(w, '', 'an item object');
        if (shape) typeItem(item as Record<string, unknown>, shape, w, multiValues);
      }
      return { date: d.date, start, end, items: items as Record<string, unknown>[] };
    });
    setOwn(result, entry.type, groups);
  }
  for (const t of options.types ?? []) {
    if (!Object.prototype.hasOwnProperty.call(result, t)) throw new ClickyDecodeError(options.format, `the requested type ${t}, which the body lacks`);
  }
  return result;
}
