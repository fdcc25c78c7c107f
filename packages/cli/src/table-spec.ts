// The shapes of the generated column tables (src/generated/tables.ts): how each data type is laid out as a
// DuckDB table and as CSV columns. The values come from the spec's item shapes through the generator.
import type { Category } from '@clicky-sdk/core';

/** How a CSV cell holds a value: as the value itself, or as JSON text (lists and custom data). */
export type CellKind = 'integer' | 'number' | 'boolean' | 'string' | 'json';

/** One CSV column: its header, where its value sits in an item, and how the cell holds it. */
export interface CsvColumn {
  readonly header: string;
  readonly path: readonly string[];
  readonly kind: CellKind;
}

/** An item shape as columns. */
export interface ShapeColumns {
  /** Field names in spec order, each with its DuckDB type and whether every item has it. */
  readonly columns: readonly { readonly name: string; readonly sql: string; readonly required: boolean }[];
  /** The CSV layout: a nested object's fields spread into `field.sub` columns. */
  readonly csv: readonly CsvColumn[];
  /** The `from_json` structure that types one item as DuckDB reads it. */
  readonly structure: string;
}

/** A data type's archive table. */
export interface TypeTable {
  readonly table: string;
  readonly shape: string;
  readonly category: Category;
  readonly restricted: boolean;
  readonly ignoresDate: boolean;
  /** The table's key columns: `date` first for types answered by date; `row_key` for items known by content. */
  readonly key: readonly string[];
  /** True when rows are known by a digest of their whole content (`row_key`). */
  readonly contentKey: boolean;
  /** The CREATE TABLE statement. */
  readonly ddl: string;
}
