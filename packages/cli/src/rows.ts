// An item as a row of its shape's columns: the spec's fields in spec order, each value of its column's type or
// left out. This is what CSV, Parquet and the archive store, so a hostile answer (a number past 2^53, a list
// where a string belongs, a lone surrogate) can only lose that one value, never break a file or a table.
import { createHash } from 'node:crypto';
import { isRecord } from '@clicky-sdk/core';
import { SHAPE_COLUMNS, TYPE_TABLES } from './generated/index.ts';
import type { TypeTable } from './table-spec.ts';

/** The from_json structure of a shape, parsed: a DuckDB type name, a one-element list, or nested fields. */
type Structure = string | [Structure] | { [field: string]: Structure };

export type Row = Record<string, unknown>;

const structures = new Map<string, Record<string, Structure>>();

function structureOf(shape: string): Record<string, Structure> {
  let s = structures.get(shape);
  if (s === undefined) {
    const columns = SHAPE_COLUMNS[shape];
    if (columns === undefined) throw new Error(`no columns for item shape ${shape}`);
    s = JSON.parse(columns.structure) as Record<string, Structure>;
    structures.set(shape, s);
  }
  return s;
}

/** The archive table of a type, or undefined when the type has none. */
export function tableOf(type: string): TypeTable | undefined {
  return Object.hasOwn(TYPE_TABLES, type) ? TYPE_TABLES[type] : undefined;
}

const text = (v: unknown): string | undefined => (typeof v === 'string' ? v.toWellFormed() : undefined);

function value(kind: Structure, v: unknown): unknown {
  if (typeof kind === 'string') {
    switch (kind) {
      case 'BIGINT':
        return Number.isSafeInteger(v) ? v : undefined;
      case 'DOUBLE':
        return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
      case 'BOOLEAN':
        return typeof v === 'boolean' ? v : undefined;
      case 'VARCHAR':
        return text(v);
      default:
        return customData(v);
    }
  }
  if (Array.isArray(kind)) return Array.isArray(v) ? v.map(text).filter((s) => s !== undefined) : undefined;
  return isRecord(v) ? fields(kind, v) : undefined;
}

/** Custom data: each key a string or a list of strings; anything else is dropped. */
function customData(v: unknown): Record<string, string | string[]> | undefined {
  if (!isRecord(v)) return undefined;
  const out: Record<string, string | string[]> = {};
  for (const [key, entry] of Object.entries(v)) {
    const k = key.toWellFormed();
    if (typeof entry === 'string') out[k] = entry.toWellFormed();
    else if (Array.isArray(entry)) out[k] = entry.map(text).filter((s) => s !== undefined);
  }
  return out;
}

function fields(structure: Record<string, Structure>, item: Record<string, unknown>): Row {
  const row: Row = {};
  for (const [name, kind] of Object.entries(structure)) {
    const v = value(kind, item[name]);
    if (v !== undefined) row[name] = v;
  }
  return row;
}

/** The item as a row of its shape: known fields only, in spec order, each of its column's type. */
export function toRow(shape: string, item: unknown): Row {
  return isRecord(item) ? fields(structureOf(shape), item) : {};
}

/** A digest of a row's whole content, for items the spec gives no key (the `row_key` column). */
export function contentKey(row: Row): string {
  return createHash('sha256').update(JSON.stringify(row)).digest('hex').slice(0, 32);
}
