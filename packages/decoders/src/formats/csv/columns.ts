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
export const machineName = (header: string): string => header.trim().toLowerCase().replace(/\s+/g, '_');

/** A column: where its value sits in an item (one key, or two for a nested field) and how it is written. */
export interface Column {
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
    columns = { list, byHeader: new Map(list.map((c) => [c.header, c])) };
    built[name] = columns;
  }
  return columns;
}
