// Storing a batch of rows in a type's table: typed by the spec's shape in JavaScript (toRow), checked for the
// columns every row needs, de-duplicated by key, and inserted with one statement that DuckDB's JSON reader types
// (the rows travel as one bound JSON parameter: no value is ever spliced into SQL). Keyed rows take the newest
// read (a visit's counters grow while it lasts); rows known by content are kept once.
import type { DuckDBConnection, DuckDBPreparedStatement } from '@duckdb/node-api';
import { sqlIdent, sqlString } from '../duckdb.ts';
import { SHAPE_COLUMNS } from '../generated/index.ts';
import { contentKey, type Row, tableOf, toRow } from '../rows.ts';
import type { TypeTable } from '../table-spec.ts';

export interface LoadResult {
  /** Rows offered to the table (new or updated). */
  readonly stored: number;
  /** Items left out because they lack a field every row needs (their key, their time...). */
  readonly skipped: number;
}

/** Builds rows for one type: `date` for types answered by date, `row_key` for rows known by content. */
export function rowsFor(type: string, items: readonly unknown[], date?: string): { rows: Row[]; skipped: number } {
  const table = tableOf(type) as TypeTable;
  const shape = SHAPE_COLUMNS[table.shape];
  const required = (shape?.columns ?? []).filter((c) => c.required || table.key.includes(c.name)).map((c) => c.name);
  const rows: Row[] = [];
  const keys = new Set<string>();
  let skipped = 0;
  for (const item of items) {
    const fields = toRow(table.shape, item);
    if (required.some((name) => fields[name] === undefined && name !== 'date' && name !== 'row_key')) {
      skipped++;
      continue;
    }
    const row: Row = {
      ...(date === undefined ? {} : { date }),
      ...(table.contentKey ? { row_key: contentKey(fields) } : {}),
      ...fields,
    };
    const key = JSON.stringify(table.key.map((k) => row[k]));
    if (keys.has(key)) continue; // a page that repeats a key: the first (newest) one stands
    keys.add(key);
    rows.push(row);
  }
  return { rows, skipped };
}

/** Prepared inserts, one per table, for the life of a connection. */
export class RowLoader {
  private readonly statements = new Map<string, DuckDBPreparedStatement>();

  constructor(private readonly connection: DuckDBConnection) {}

  async load(type: string, rows: readonly Row[]): Promise<number> {
    if (rows.length === 0) return 0;
    const statement = await this.statement(type);
    statement.bindVarchar(1, JSON.stringify(rows));
    await statement.run();
    return rows.length;
  }

  private async statement(type: string): Promise<DuckDBPreparedStatement> {
    let s = this.statements.get(type);
    if (s === undefined) {
      s = await this.connection.prepare(insertSql(tableOf(type) as TypeTable));
      this.statements.set(type, s);
    }
    return s;
  }
}

/** The INSERT of a table: one JSON list of rows in, typed by from_json, upserted by key. */
export function insertSql(table: TypeTable): string {
  const shape = SHAPE_COLUMNS[table.shape];
  const structure: Record<string, unknown> = {
    ...(table.category === 'tally' || table.category === 'popular' ? { date: 'DATE' } : {}),
    ...(table.contentKey ? { row_key: 'VARCHAR' } : {}),
    ...(JSON.parse(shape?.structure ?? '{}') as Record<string, unknown>),
  };
  const rows = `SELECT unnest(r) FROM (SELECT unnest(from_json($1::JSON, ${sqlString(JSON.stringify([structure]))})) AS r)`;
  const others = Object.keys(structure).filter((c) => !table.key.includes(c));
  const onConflict =
    table.contentKey || others.length === 0
      ? 'DO NOTHING'
      : `DO UPDATE SET ${others.map((c) => `${sqlIdent(c)} = excluded.${sqlIdent(c)}`).join(', ')}`;
  return `INSERT INTO ${sqlIdent(table.table)} BY NAME ${rows} ON CONFLICT ${onConflict}`;
}
