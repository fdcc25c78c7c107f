// Turns the wire model every format parses into (type -> dates -> items of strings) into the typed result.
// Items are typed in place by the generated per-shape typers: the parsers hand over fresh objects, and not
// copying them is what keeps the JSON path close to bare JSON.parse.
import { ClickyDecodeError, isRecord, type OutputFormat } from '@clicky-sdk/core';
import { ITEM_TYPERS } from '../generated/item-typers.ts';
import { setOwn } from '../own.ts';
import type { DecodedResult } from '../result.ts';
import { dropMarked, fail, type Where } from './kit.ts';
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

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** `date` as sent, plus its first and last day: "2024-10-29" or "2024-10-01,2024-10-31". */
function dateBounds(date: string, w: Where): { start: string; end: string } {
  if (DAY.test(date)) return { start: date, end: date };
  const comma = date.indexOf(',');
  const start = date.slice(0, comma);
  const end = date.slice(comma + 1);
  if (comma > 0 && DAY.test(start) && DAY.test(end)) return { start, end };
  throw new ClickyDecodeError(w.format, `a date YYYY-MM-DD or START,END, got ${JSON.stringify(date.slice(0, 40))}`, {
    path: `${w.type}[${w.date}].date`,
  });
}

/** What typing needs to know of the request: the part of CodecOptions it reads. */
export interface TypingOptions {
  readonly types: readonly string[] | undefined;
  readonly multiValues: boolean;
  readonly partial: boolean;
}

const has = (o: object, k: string): boolean => Object.hasOwn(o, k);

/** Builds the typed result from the wire model; checks the body holds exactly the requested types, when given. */
export function typeResult(wire: readonly WireType[], format: OutputFormat, options: TypingOptions): DecodedResult {
  const result: DecodedResult = {};
  const w: Where = {
    format,
    multiValues: options.multiValues,
    partial: options.partial,
    type: '',
    date: 0,
    item: 0,
    dropped: 0,
  };
  for (const entry of wire) {
    w.type = entry.type;
    if (options.types && !options.types.includes(entry.type)) {
      throw new ClickyDecodeError(
        format,
        `only the requested types (${options.types.join(', ')}), got ${JSON.stringify(entry.type.slice(0, 40))}`,
      );
    }
    if (has(result, entry.type))
      throw new ClickyDecodeError(format, `each type once, got ${JSON.stringify(entry.type.slice(0, 40))} twice`);
    // A type the spec does not know keeps its items as sent.
    const shape = shapeNameOf(entry.type);
    const typer = shape === undefined ? undefined : ITEM_TYPERS[shape];
    const groups = entry.dates.map((d, di) => {
      w.date = di;
      const { start, end } = dateBounds(d.date, w);
      const items = d.items;
      for (let i = 0; i < items.length; i++) {
        const item = items[i];
        w.item = i;
        if (!isRecord(item)) fail(w, '', '', 'an item object');
        if (typer) {
          w.dropped = 0;
          typer(item, w);
          if (w.dropped > 0) dropMarked(item);
        }
      }
      return { date: d.date, start, end, items: items as Record<string, unknown>[] };
    });
    setOwn(result, entry.type, groups);
  }
  for (const t of options.types ?? []) {
    if (!has(result, t)) throw new ClickyDecodeError(format, `the requested type ${t}, which the body lacks`);
  }
  return result;
}
