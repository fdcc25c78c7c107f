// The value converters the generated item typers (../generated/item-typers.ts) call: one wire value to its
// typed form, or DROP for an absent one (null with null_values=1, or empty). The typer stores what it gets back
// and the item's DROPs are removed once it is typed (see dropMarked). Values are converted in place where they
// can be, so typing a freshly parsed body allocates as little as possible.
import { ClickyDecodeError, isRecord, type OutputFormat } from '@clicky-sdk/core';
import { setOwn } from '../own.ts';

/** Where in the result the typer is, advanced item by item; a path is built only when an error needs it. */
export interface Where {
  readonly format: OutputFormat;
  readonly multiValues: boolean;
  /** Items hold only the fields asked for (visitor-details): required fields may be absent. */
  readonly partial: boolean;
  type: string;
  date: number;
  item: number;
  /** DROPs handed out so far: the item's level needs cleaning when this grew while it was typed. */
  dropped: number;
}

export type Item = Record<string, unknown>;
export type ItemTyper = (item: Item, w: Where) => void;
/** A generated typer for one shape; `prefix` leads the field names in error paths (e.g. `first_visit.`). */
export type ShapeTyper = (item: Item, w: Where, prefix: string) => void;

/** Returned for an absent value; the typer stores it, and dropMarked removes it. */
export const DROP: unique symbol = Symbol('drop');

const drop = (w: Where): typeof DROP => {
  w.dropped++;
  return DROP;
};

/** Removes the fields of one level that the typer set to DROP. */
export function dropMarked(item: Item): void {
  for (const key in item) if (item[key] === DROP) delete item[key];
}

/** The path of a field of the current item, e.g. `visitors-list[0].items[3].first_visit.time`. */
const pathOf = (w: Where, prefix: string, field: string): string =>
  `${w.type}[${w.date}].items[${w.item}]${prefix || field ? `.${prefix}${field}` : ''}`;

export function fail(w: Where, prefix: string, field: string, expected: string): never {
  throw new ClickyDecodeError(w.format, expected, { path: pathOf(w, prefix, field) });
}

const shown = (v: unknown): string =>
  Array.isArray(v)
    ? 'a list'
    : typeof v === 'object' && v !== null
      ? 'an object'
      : (JSON.stringify(v) ?? String(v)).slice(0, 40);

/**
 * The value of a decimal integer string (optional leading -, at most 15 digits so the arithmetic is exact),
 * or NaN. Computed digit by digit: cheaper than validating and then converting.
 */
function parseInteger(v: string): number {
  const len = v.length;
  const neg = v.charCodeAt(0) === 45;
  let i = neg ? 1 : 0;
  if (len === i || len - i > 15) return Number.NaN;
  let n = 0;
  for (; i < len; i++) {
    const d = v.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return Number.NaN;
    n = n * 10 + d;
  }
  return neg ? -n : n;
}

export function asInteger(v: unknown, w: Where, prefix: string, field: string): number | typeof DROP {
  if (typeof v === 'string') {
    const n = parseInteger(v);
    if (!Number.isNaN(n)) return n;
    if (v.length === 0) return drop(w);
    // 16 digits and more: exact only while within 2^53.
    if (/^-?\d{16,}$/.test(v) && Number.isSafeInteger(+v)) return +v;
  } else if (typeof v === 'number' && Number.isSafeInteger(v)) return v;
  else if (v === null) return drop(w);
  return fail(w, prefix, field, `an integer, got ${shown(v)}`);
}

/** True for -?digits(.digits)?([eE][-+]?digits)?, checked without a regular expression. */
function isDecimal(v: string): boolean {
  const len = v.length;
  let i = v.charCodeAt(0) === 45 ? 1 : 0;
  const digits = (): boolean => {
    const start = i;
    while (i < len) {
      const c = v.charCodeAt(i);
      if (c < 48 || c > 57) break;
      i++;
    }
    return i > start;
  };
  if (!digits()) return false;
  if (i < len && v.charCodeAt(i) === 46) {
    i++;
    if (!digits()) return false;
  }
  if (i < len && (v.charCodeAt(i) | 32) === 101) {
    i++;
    const c = v.charCodeAt(i);
    if (c === 43 || c === 45) i++;
    if (!digits()) return false;
  }
  return i === len;
}

const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/**
 * The value of a plain decimal (-?digits(.digits)?) of at most 15 digits, or NaN. m / 10^k with both exact is
 * correctly rounded by IEEE division, so this equals what Number() gives, without its cost (Clinger's fast path).
 */
function parseShortDecimal(v: string): number {
  const len = v.length;
  const neg = v.charCodeAt(0) === 45;
  let i = neg ? 1 : 0;
  let m = 0;
  let digits = 0;
  let fraction = -1;
  for (; i < len; i++) {
    const c = v.charCodeAt(i);
    if (c === 46 && fraction < 0 && digits > 0) {
      fraction = 0;
      continue;
    }
    const d = c - 48;
    if (d < 0 || d > 9) return Number.NaN;
    m = m * 10 + d;
    digits++;
    if (fraction >= 0) fraction++;
  }
  if (digits === 0 || digits > 15 || fraction === 0) return Number.NaN;
  const n = fraction > 0 ? m / (POW10[fraction] as number) : m;
  return neg ? -n : n;
}

export function asNumber(v: unknown, w: Where, prefix: string, field: string): number | typeof DROP {
  if (typeof v === 'string') {
    const n = parseShortDecimal(v);
    if (!Number.isNaN(n)) return n === 0 ? 0 : n;
    if (v.length === 0) return drop(w);
    if (v.length <= 64 && isDecimal(v)) {
      const x = +v;
      return x === 0 ? 0 : x; // -0 reads as 0, as the fast path gives it
    }
  } else if (typeof v === 'number' && Number.isFinite(v)) return v;
  else if (v === null) return drop(w);
  return fail(w, prefix, field, `a number, got ${shown(v)}`);
}

export function asBoolean(v: unknown, w: Where, prefix: string, field: string): boolean | typeof DROP {
  if (v === '1' || v === 1 || v === true || v === 'true') return true;
  if (v === '0' || v === 0 || v === false || v === 'false') return false;
  if (v === '' || v === null) return drop(w);
  return fail(w, prefix, field, `1 or 0, got ${shown(v)}`);
}

/** Called only when a string field holds something other than a non-empty string. */
export function asText(v: unknown, w: Where, prefix: string, field: string): string | typeof DROP {
  if (v === '' || v === null) return drop(w);
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return fail(w, prefix, field, `a string, got ${shown(v)}`);
}

/** A list of strings, checked in place; a lone string is a list of one. */
export function asList(v: unknown, w: Where, prefix: string, field: string): string[] | typeof DROP {
  if (v === '' || v === null) return drop(w);
  if (typeof v === 'string') return [v];
  if (!Array.isArray(v)) return fail(w, prefix, field, `a list of strings, got ${shown(v)}`);
  if (v.length === 0) return drop(w);
  for (let i = 0; i < v.length; i++) {
    const x: unknown = v[i];
    if (typeof x !== 'string') {
      const t = asText(x, w, prefix, `${field}[${i}]`);
      if (t === DROP) return fail(w, prefix, `${field}[${i}]`, 'a non-empty string');
      v[i] = t;
    }
  }
  return v as string[];
}

/** Custom data, checked in place: key -> string, or key -> list (always a list with custom_keys_multi_values). */
export function asMap(v: unknown, w: Where, prefix: string, field: string): Item | typeof DROP {
  if (v === '' || v === null || (Array.isArray(v) && v.length === 0)) return drop(w); // an empty PHP array reads as a list
  if (!isRecord(v)) return fail(w, prefix, field, `an object of custom data, got ${shown(v)}`);
  let kept = 0;
  for (const key in v) {
    const value = v[key];
    if (typeof value === 'string' && value !== '' && !w.multiValues) {
      kept++;
      continue;
    }
    const typed =
      Array.isArray(value) || (w.multiValues && value !== '' && value !== null)
        ? asList(value, w, prefix, `${field}.${key}`)
        : asText(value, w, prefix, `${field}.${key}`);
    if (typed === DROP) delete v[key];
    else {
      setOwn(v, key, typed);
      kept++;
    }
  }
  return kept === 0 ? drop(w) : v;
}

/** A nested object typed by its own typer; empty after typing means absent. */
export function asObject(v: unknown, w: Where, prefix: string, field: string, typer: ShapeTyper): Item | typeof DROP {
  if (v === '' || v === null || (Array.isArray(v) && v.length === 0)) return drop(w);
  if (!isRecord(v)) return fail(w, prefix, field, `an object, got ${shown(v)}`);
  const dropped = w.dropped;
  typer(v, w, `${prefix}${field}.`);
  if (w.dropped !== dropped) dropMarked(v);
  for (const _ in v) return v;
  return drop(w);
}

export function missing(w: Where, prefix: string, field: string): void {
  if (!w.partial) fail(w, prefix, field, `the required field ${field}`);
}
