// Turns the wire model every format parses into (type -> dates -> items of strings) into the typed result.
// Items are typed in place by the generated per-shape typers: the parsers hand over fresh objects, and not
// copying them is what keeps the JSON path close to bare JSON.parse.
import { ClickyDecodeError, type DateGroup, isRecord, type OutputFormat } from '@clicky-sdk/core';
import { ITEM_TYPERS } from '../generated/item-typers.ts';
import { setOwn } from '../own.ts';
import type { DecodedResult } from '../result.ts';
import { dropMarked, type ItemTyper, pathOf, type Where } from './kit.ts';
import { type ProblemSink, quoted, report, shown } from './problems.ts';
import { shapeNameOf } from './shapes.ts';

/** What every format's parser produces. Scalars are usually strings; numbers, booleans and null are tolerated. */
export interface WireType {
  readonly type: string;
  readonly dates: readonly WireDate[];
}
export interface WireDate {
  readonly date: string;
  readonly items: unknown[];
}

/** True for YYYY-MM-DD (digits in place; the calendar is the API's business). */
export function isDay(s: string): boolean {
  if (s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return false;
  for (let i = 0; i < 10; i++) {
    const c = s.charCodeAt(i);
    if (i !== 4 && i !== 7 && (c < 48 || c > 57)) return false;
  }
  return true;
}

/** True for a date label: YYYY-MM-DD or START,END. */
export function isDateLabel(s: string): boolean {
  return isDay(s) || (s.length === 21 && s.charCodeAt(10) === 44 && isDay(s.slice(0, 10)) && isDay(s.slice(11)));
}

/** `date` as sent, plus its first and last day: "2024-10-29" or "2024-10-01,2024-10-31". */
export function dateBounds(date: string, w: Where): { start: string; end: string } {
  if (isDay(date)) return { start: date, end: date };
  if (isDateLabel(date)) return { start: date.slice(0, 10), end: date.slice(11) };
  throw new ClickyDecodeError(w.format, `a date YYYY-MM-DD or START,END, got ${quoted(date, 40)}`, {
    path: `${w.type}[${w.date}].date`,
  });
}

/** What typing needs to know of the request: the part of CodecOptions it reads. */
export interface TypingOptions extends ProblemSink {
  readonly types: readonly string[] | undefined;
  readonly multiValues: boolean;
  readonly partial: boolean;
}

const has = (o: object, k: string): boolean => Object.hasOwn(o, k);

/** Types an item in place (w.item says which); an item that is not an object is a problem, and false. */
export function typeItem(item: unknown, typer: ItemTyper | undefined, w: Where): item is Record<string, unknown> {
  if (!isRecord(item)) {
    report(w.sink, w.format, pathOf(w, '', ''), 'an item object', shown(item));
    return false;
  }
  if (typer) {
    w.dropped = 0;
    typer(item, w);
    if (w.dropped > 0) dropMarked(item);
  }
  return true;
}

/** Types a group's items in place; an item that is not an object is a problem and is left out. */
function typeItems(items: unknown[], typer: ItemTyper | undefined, w: Where): Record<string, unknown>[] {
  let kept = 0;
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    w.item = i;
    if (typeItem(item, typer, w)) items[kept++] = item;
  }
  // Setting an array's length is a runtime call even when it does not change it.
  if (kept !== items.length) items.length = kept;
  return items as Record<string, unknown>[];
}

/** Where typing starts: the first item of no type yet. */
export function startWhere(format: OutputFormat, options: TypingOptions): Where {
  return {
    format,
    multiValues: options.multiValues,
    partial: options.partial,
    sink: options,
    type: '',
    date: 0,
    item: 0,
    dropped: 0,
  };
}

/**
 * The typer of a type's items (undefined for a type the spec does not know: its items stay as sent), once the
 * type is checked: requested (when types were given), not met before (`seen`), not the problems list's name.
 */
export function typerFor(
  type: string,
  seen: (type: string) => boolean,
  format: OutputFormat,
  options: TypingOptions,
): ItemTyper | undefined {
  if (options.types && !options.types.includes(type)) {
    throw new ClickyDecodeError(
      format,
      `only the requested types (${options.types.join(', ')}), got ${quoted(type, 40)}${
        // A segmentation body is keyed by its segments: asking for "segmentation" itself is a likely slip.
        options.types.includes('segmentation')
          ? ' (a segmentation body holds its segments: request those as types)'
          : ''
      }`,
    );
  }
  if (seen(type)) throw new ClickyDecodeError(format, `each type once, got ${quoted(type, 40)} twice`);
  if (type === 'problems')
    throw new ClickyDecodeError(format, 'a type other than "problems" (the name of the problems list)');
  const shape = shapeNameOf(type);
  return shape === undefined ? undefined : ITEM_TYPERS[shape];
}

/** Checks every requested type was in the body. */
export function checkRequested(seen: (type: string) => boolean, format: OutputFormat, options: TypingOptions): void {
  for (const t of options.types ?? []) {
    if (!seen(t)) throw new ClickyDecodeError(format, `the requested type ${t}, which the body lacks`);
  }
}

/** Builds the typed result from the wire model; checks the body holds exactly the requested types, when given. */
export function typeResult(wire: readonly WireType[], format: OutputFormat, options: TypingOptions): DecodedResult {
  const result: DecodedResult = {};
  const seen = (type: string): boolean => has(result, type);
  const w = startWhere(format, options);
  for (const entry of wire) {
    w.type = entry.type;
    const typer = typerFor(entry.type, seen, format, options);
    const dates = entry.dates;
    // Sized once, as JSON.parse sizes its arrays (pushing onto an empty list would allocate room for 17).
    const groups = new Array<DateGroup<Record<string, unknown>>>(dates.length);
    for (let di = 0; di < dates.length; di++) {
      const d = dates[di] as WireDate;
      w.date = di;
      const { start, end } = dateBounds(d.date, w);
      groups[di] = { date: d.date, start, end, items: typeItems(d.items, typer, w) };
    }
    setOwn(result, entry.type, groups);
  }
  checkRequested(seen, format, options);
  return result;
}
