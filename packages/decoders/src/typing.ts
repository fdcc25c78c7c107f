// Turns the wire model every format parses into (type -> dates -> items of strings) into the typed result.
// Items are typed in place by the generated per-shape typers: the parsers hand over fresh objects, and not
// copying them is what keeps the JSON path close to bare JSON.parse.
import { ClickyDecodeError } from '@clicky-sdk/core';
import { TYPE_SHAPES } from './generated/field-tables.ts';
import { ITEM_TYPERS } from './generated/item-typers.ts';
import { type DecodedResult, type Format, setOwn } from './result.ts';
import { fail, type Where } from './typing-kit.ts';

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

export interface TypingOptions {
  readonly format: Format;
  readonly types?: readonly string[] | undefined;
  readonly multiValues?: boolean | undefined;
  readonly partial?: boolean | undefined;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const has = (o: object, k: string): boolean => Object.hasOwn(o, k);

/** Builds the typed result from the wire model; checks the body holds exactly the requested types, when given. */
export function typeResult(wire: readonly WireType[], options: TypingOptions): DecodedResult {
  const result: DecodedResult = {};
  const w: Where = {
    format: options.format,
    multiValues: options.multiValues === true,
    partial: options.partial === true,
    type: '',
    date: 0,
    item: 0,
  };
  for (const entry of wire) {
    w.type = entry.type;
    if (options.types && !options.types.includes(entry.type)) {
      throw new ClickyDecodeError(
        options.format,
        `only the requested types (${options.types.join(', ')}), got ${JSON.stringify(entry.type.slice(0, 40))}`,
      );
    }
    if (has(result, entry.type))
      throw new ClickyDecodeError(
        options.format,
        `each type once, got ${JSON.stringify(entry.type.slice(0, 40))} twice`,
      );
    // A type the spec does not know keeps its items as sent.
    const shape = has(TYPE_SHAPES, entry.type) ? TYPE_SHAPES[entry.type] : undefined;
    const typer = shape === undefined ? undefined : ITEM_TYPERS[shape];
    const groups = entry.dates.map((d, di) => {
      w.date = di;
      const { start, end } = dateBounds(d.date, w);
      const items = d.items;
      for (let i = 0; i < items.length; i++) {
        const item = items[i];
        w.item = i;
        if (!isRecord(item)) fail(w, '', 'an item object');
        if (typer) typer(item as Record<string, unknown>, w);
      }
      return { date: d.date, start, end, items: items as Record<string, unknown>[] };
    });
    setOwn(result, entry.type, groups);
  }
  for (const t of options.types ?? []) {
    if (!has(result, t)) throw new ClickyDecodeError(options.format, `the requested type ${t}, which the body lacks`);
  }
  return result;
}
