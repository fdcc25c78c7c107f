// CSV columns: a shape's fields flattened to columns with readable header names ("First Visit Time"), and back.
import type { FieldSpec, ShapeSpec } from '@clicky-sdk/core';
import { SHAPES } from '../../generated/field-tables.ts';
import { shapeNameOf } from '../../typing/shapes.ts';

/** Column names people read: value_percent -> "Value Percent"; the item's title is "Item". */
export function humanize(name: string): string {
  if (name === 'title') return 'Item';
  return name
    .split(/[_-]/)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
}
/** White space as JavaScript's trim() and \s see it. */
export const isWhite = (c: number): boolean =>
  (c >= 9 && c <= 13) ||
  c === 32 ||
  c === 0xa0 ||
  c === 0x1680 ||
  (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 ||
  c === 0x2029 ||
  c === 0x202f ||
  c === 0x205f ||
  c === 0x3000 ||
  c === 0xfeff;

/** A header the spec does not know, as a field name: lower case, each run of white space an underscore. */
export function machineName(header: string): string {
  const h = header.trim().toLowerCase();
  // Words gathered and joined once: a flat string, where appending word by word would build a long rope.
  const words: string[] = [];
  let from = 0;
  for (let i = 0; i < h.length; i++) {
    if (!isWhite(h.charCodeAt(i))) continue;
    words.push(h.slice(from, i));
    while (i + 1 < h.length && isWhite(h.charCodeAt(i + 1))) i++;
    from = i + 1;
  }
  if (from === 0) return h;
  words.push(h.slice(from));
  return words.join('_');
}

/** A column: where its value sits in an item (one key, or two for a nested field) and how it is written. */
export interface Column {
  readonly header: string;
  readonly path: readonly [string] | readonly [string, string];
  readonly spec: FieldSpec | undefined;
}

/** The headers of fields sent under another name (a nested field's too), read as the field's own column. */
function wireNameColumns(shape: ShapeSpec | undefined): Column[] {
  const columns: Column[] = [];
  const renamed = (s: ShapeSpec | undefined, parent: string | undefined): void => {
    for (const [wire, field] of Object.entries(s?.wireNames ?? {})) {
      const spec = s?.fields[field];
      columns.push(
        parent === undefined
          ? { header: humanize(wire), path: [field], spec }
          : { header: `${humanize(parent)} ${humanize(wire)}`, path: [parent, field], spec },
      );
    }
  };
  renamed(shape, undefined);
  for (const [name, spec] of Object.entries(shape?.fields ?? {}))
    if (typeof spec === 'object' && 'object' in spec) renamed(SHAPES[spec.object], name);
  return columns;
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

/** A shape's columns in spec order, and by header name. */
export interface Columns {
  readonly list: readonly Column[];
  readonly byHeader: ReadonlyMap<string, Column>;
}

const NONE: Columns = { list: [], byHeader: new Map() };
const built: Record<string, Columns> = {};

/** The columns of a type's shape (none for a type the spec does not know), built once per shape. */
export function columnsOf(type: string): Columns {
  const name = shapeNameOf(type);
  if (name === undefined) return NONE;
  let columns = built[name];
  if (columns === undefined) {
    const list = shapeColumns(SHAPES[name]);
    const headers = [...wireNameColumns(SHAPES[name]), ...list];
    columns = { list, byHeader: new Map(headers.map((c) => [c.header, c])) };
    built[name] = columns;
  }
  return columns;
}
