// The value converters the generated item typers (../generated/item-typers.ts) call: one wire value to its
// typed form, or DROP for an absent one (null with null_values=1, or empty in a field that is not text), or for
// one that cannot be typed (reported as a problem). The typer stores what it gets back and the item's DROPs are
// removed once it is typed (dropMarked). Values are converted in place where they can be, so typing a freshly
// parsed body allocates as little as possible.
import { isRecord, type OutputFormat } from '@clicky-sdk/core';
import { setOwn } from '../own.ts';
import { isDecimal, isIntegerText, parseInteger, parseShortDecimal } from './numbers.ts';
import { type ProblemSink, report, shown } from './problems.ts';

/** Where in the result the typer is, advanced item by item; a path is built only when a problem needs it. */
export interface Where {
  readonly format: OutputFormat;
  readonly multiValues: boolean;
  /** Items hold only the fields asked for (visitor-details): required fields may be absent. */
  readonly partial: boolean;
  readonly sink: ProblemSink;
  type: string;
  date: number;
  item: number;
  /** DROPs handed out so far: the item's level needs cleaning when this grew while it was typed. */
  dropped: number;
}

export type Item = Record<string, unknown>;
export type ItemTyper = (item: Item, w: Where) => void;
/** A generated typer for one shape; `prefix` leads the field names in paths (e.g. `first_visit.`). */
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
export const pathOf = (w: Where, prefix: string, field: string): string =>
  `${w.type}[${w.date}].items[${w.item}]${prefix || field ? `.${prefix}${field}` : ''}`;

/** A value that cannot be typed: reported (or thrown, with strict), and the field left out. */
export function fail(w: Where, prefix: string, field: string, expected: string, found?: unknown): typeof DROP {
  report(w.sink, w.format, pathOf(w, prefix, field), expected, found === undefined ? undefined : shown(found));
  return drop(w);
}

export function asInteger(v: unknown, w: Where, prefix: string, field: string): number | typeof DROP {
  if (typeof v === 'string') {
    const n = parseInteger(v);
    if (!Number.isNaN(n)) return n;
    if (v.length === 0) return drop(w);
    if (isIntegerText(v)) {
      // 16 digits and more: a number only while exact; beyond ±2^53 the digits go to the problem, untouched.
      const x = +v;
      if (Number.isSafeInteger(x)) return x === 0 ? 0 : x;
      return fail(w, prefix, field, 'an integer within ±2^53 (the exact digits are in found)', v);
    }
  } else if (typeof v === 'number' && Number.isSafeInteger(v)) return v === 0 ? 0 : v;
  else if (v === null) return drop(w);
  return fail(w, prefix, field, 'an integer', v);
}

/** -0 reads as 0 in every format; a value too large for a number (1e400) is reported, never Infinity. */
export function asNumber(v: unknown, w: Where, prefix: string, field: string): number | typeof DROP {
  if (typeof v === 'string') {
    const n = parseShortDecimal(v);
    if (!Number.isNaN(n)) return n === 0 ? 0 : n;
    if (v.length === 0) return drop(w);
    if (v.length <= 64 && isDecimal(v)) {
      const x = +v;
      if (Number.isFinite(x)) return x === 0 ? 0 : x;
      return fail(w, prefix, field, 'a finite number', v);
    }
  } else if (typeof v === 'number') {
    if (Number.isFinite(v)) return v === 0 ? 0 : v;
    if (!Number.isNaN(v)) return fail(w, prefix, field, 'a finite number', v);
  } else if (v === null) return drop(w);
  return fail(w, prefix, field, 'a number', v);
}

export function asBoolean(v: unknown, w: Where, prefix: string, field: string): boolean | typeof DROP {
  if (v === '1' || v === 1 || v === true || v === 'true') return true;
  if (v === '0' || v === 0 || v === false || v === 'false') return false;
  if (v === '' || v === null) return drop(w);
  return fail(w, prefix, field, '1 or 0', v);
}

/** Called only when a string field holds something other than a string (an empty string is a value, ""). */
export function asText(v: unknown, w: Where, prefix: string, field: string): string | typeof DROP {
  if (typeof v === 'string') return v;
  if (v === null) return drop(w);
  if (typeof v === 'number' && Number.isFinite(v)) return String(v === 0 ? 0 : v);
  return fail(w, prefix, field, 'a string', v);
}

/** A list of strings, checked in place; a lone string is a list of one; an entry that is not text is left out. */
export function asList(v: unknown, w: Where, prefix: string, field: string): string[] | typeof DROP {
  if (v === '' || v === null) return drop(w);
  if (typeof v === 'string') return [v];
  if (!Array.isArray(v)) return fail(w, prefix, field, 'a list of strings', v);
  let kept = 0;
  for (let i = 0; i < v.length; i++) {
    const x: unknown = v[i];
    const t = typeof x === 'string' ? x : asText(x, w, prefix, `${field}[${i}]`);
    if (t !== DROP) v[kept++] = t;
  }
  v.length = kept;
  return kept === 0 ? drop(w) : (v as string[]);
}

/** Custom data, checked in place: key -> string, or key -> list (always a list with custom_keys_multi_values). */
export function asMap(v: unknown, w: Where, prefix: string, field: string): Item | typeof DROP {
  if (v === '' || v === null || (Array.isArray(v) && v.length === 0)) return drop(w); // an empty PHP array reads as a list
  if (!isRecord(v)) return fail(w, prefix, field, 'an object of custom data', v);
  let kept = 0;
  for (const key in v) {
    const value = v[key];
    if (typeof value === 'string' && !w.multiValues) {
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
  if (!isRecord(v)) return fail(w, prefix, field, 'an object', v);
  const dropped = w.dropped;
  typer(v, w, `${prefix}${field}.`);
  if (w.dropped !== dropped) dropMarked(v);
  for (const _ in v) return v;
  return drop(w);
}

/**
 * A field sent under another of its names (`x-clicky-wire-names`: the reference's `goals_completed` for
 * `completed`): its value moves to the field's own name, unless that is sent too, and the wire name is removed
 * with the item's DROPs.
 */
export function fromWireName(item: Item, w: Where, wire: string, field: string): void {
  if (item[field] === undefined) item[field] = item[wire];
  item[wire] = drop(w);
}

export function missing(w: Where, prefix: string, field: string): void {
  if (!w.partial) report(w.sink, w.format, pathOf(w, prefix, field), `the required field ${field}`);
}
