// Writing a result, or an error, in the API's CSV layout (see reader.ts): a "# TYPE" line, then "date,value" lines
// or, per date group, a "# DATE" line, a header row and one row per item.
import type { ShapeSpec } from '@clicky-sdk/core';
import type { Encodable, EncodeFlags } from '../../result.ts';
import { isTally, shapeOf } from '../../typing/shapes.ts';
import { toWireScalar } from '../../typing/wire.ts';
import { encodeCell } from './cells.ts';
import { type Column, columnsOf, humanize } from './columns.ts';
import { csvLine } from './rows.ts';

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

/** Values a tally's date group holds in the date,value layout: one, or one an hour with hourly=1. */
const dateValueItems = (options: EncodeFlags): number => (options.hourly === true ? 24 : 1);

/** With `daily` (or `hourly`, which implies it) and only tally types, "date,value" lines, as the API writes them:
 * one a day, or one an hour, newest first, under the date they belong to (quirks csv-layout, hourly-items). */
export function encodeCsv(result: Encodable, options: EncodeFlags): string {
  const lines: string[] = [];
  const entries = Object.entries(result);
  const most = dateValueItems(options);
  const dateValue =
    (options.daily === true || options.hourly === true) &&
    entries.every(
      ([type, groups]) =>
        isTally(type) &&
        groups.every((g) => g.items.length <= most && g.items.every((it) => Object.keys(it).join() === 'value')),
    );
  for (const [type, groups] of entries) {
    lines.push(`# ${type}`);
    if (dateValue) {
      for (const g of groups) {
        if (g.items.length === 0) lines.push(csvLine([g.date, undefined]));
        for (const it of g.items) lines.push(csvLine([g.date, toWireScalar((it as { value: unknown }).value)]));
      }
      continue;
    }
    const known = columnsOf(type).list;
    for (const g of groups) {
      lines.push(`# ${g.date}`);
      if (g.items.length === 0) continue;
      const flat = g.items.map((item) => flatten(item, shapeOf(type)));
      // Columns: the shape's, in spec order, that any item fills; then unknown fields in order of appearance.
      const keyOf = (c: Column): string => c.path.join('\u0000');
      const present = new Set(flat.flatMap((m) => [...m.keys()]));
      const columns: Column[] = known.filter((c) => present.has(keyOf(c)));
      const knownKeys = new Set(known.map(keyOf));
      for (const key of present)
        if (!knownKeys.has(key)) columns.push({ header: humanize(key), path: [key], spec: undefined });
      lines.push(csvLine(columns.map((c) => c.header)));
      for (const m of flat)
        lines.push(csvLine(columns.map((c) => (m.has(keyOf(c)) ? encodeCell(m.get(keyOf(c))) : undefined))));
    }
  }
  return `${lines.join('\n')}\n`;
}

export function encodeCsvError(message: string): string {
  return `# error\n${csvLine([message])}\n`;
}
