// `clicky query "SQL" [--db clicky.duckdb] [--format table|json|csv]`: SQL over the archive, opened read-only,
// so a query can read every table (and any file the user can read, through read_parquet or read_csv) but
// change nothing and write nothing.
import { access } from 'node:fs/promises';
import { type DuckDBConnection, DuckDBTypeId } from '@duckdb/node-api';
import { QUERY_FORMATS } from './choices.ts';
import type { CommandContext } from './context.ts';
import { csvCell, csvLine } from './csv.ts';
import { duckMessage, openDatabase } from './duckdb.ts';
import { RunError, UsageError } from './failure.ts';
import { oneOf } from './flags.ts';
import { type Cell, forStream, renderTable } from './text-table.ts';

export interface QueryFlags {
  db: string;
  format: string;
}

const NUMERIC = new Set<DuckDBTypeId>([
  DuckDBTypeId.TINYINT,
  DuckDBTypeId.SMALLINT,
  DuckDBTypeId.INTEGER,
  DuckDBTypeId.BIGINT,
  DuckDBTypeId.HUGEINT,
  DuckDBTypeId.UTINYINT,
  DuckDBTypeId.USMALLINT,
  DuckDBTypeId.UINTEGER,
  DuckDBTypeId.UBIGINT,
  DuckDBTypeId.UHUGEINT,
  DuckDBTypeId.FLOAT,
  DuckDBTypeId.DOUBLE,
  DuckDBTypeId.DECIMAL,
]);

export async function queryCommand(sql: string, flags: QueryFlags, ctx: CommandContext): Promise<void> {
  const format = oneOf('--format', flags.format, QUERY_FORMATS);
  if (sql.trim() === '') throw new UsageError('SQL: give a query, such as "select count(*) from visitors_list"');
  try {
    await access(flags.db);
  } catch {
    throw new RunError(`no archive at ${flags.db}: run \`clicky archive --db ${flags.db}\` first`);
  }
  const db = await openDatabase(flags.db, { readOnly: true });
  try {
    let result: Awaited<ReturnType<typeof db.connection.runAndReadAll>>;
    try {
      await onlyReads(db.connection, sql);
      result = await db.connection.runAndReadAll(sql);
    } catch (e) {
      throw new RunError(`query failed: ${duckMessage(e)}`);
    }
    const names = result.columnNames();
    const numeric = result.columnTypes().map((t) => NUMERIC.has(t.typeId));
    const rows = result.getRowsJson() as unknown[][];
    if (format === 'json') {
      const objects = rows.map((r) =>
        Object.fromEntries(names.map((n, i) => [n, numeric[i] ? jsonNumber(r[i]) : r[i]])),
      );
      ctx.stdout.write(`${JSON.stringify(objects, null, 2)}\n`);
    } else if (format === 'csv') {
      const write = (line: string) => ctx.stdout.write(forStream(ctx.stdout, line));
      write(csvLine(names.map((n) => csvCell(n))));
      for (const r of rows) write(csvLine(r.map((v) => csvCell(v, isScalar(v) ? 'string' : 'json'))));
    } else {
      const header: Cell[] = names.map((n, i) => ({ text: n, align: numeric[i] ? 'right' : 'left' }));
      const body: Cell[][] = rows.map((r) =>
        r.map((v, i) => ({ text: display(v), align: numeric[i] ? 'right' : 'left' })),
      );
      ctx.stdout.write(renderTable(header, body, false));
      ctx.stdout.write(`(${rows.length} row${rows.length === 1 ? '' : 's'})\n`);
    }
  } finally {
    db.close();
  }
}

/**
 * What a query may run: SELECTs only (WITH, FROM-first, SHOW, DESCRIBE and SUMMARIZE are SELECTs too). Opening the
 * file read-only keeps the archive unchanged, but COPY TO, EXPORT DATABASE, ATTACH, INSTALL, LOAD, SET and
 * PRAGMA would still write files, fetch code or change the session. DuckDB's own parser decides, without running
 * or even preparing the text (preparing EXPORT DATABASE already creates its folder): json_serialize_sql accepts
 * only SELECT statements. A syntax error is left for the query itself to report.
 */
async function onlyReads(connection: DuckDBConnection, sql: string): Promise<void> {
  const r = await connection.runAndReadAll('SELECT json_serialize_sql($1::VARCHAR)', [sql]);
  const parsed = JSON.parse(String(r.getRowsJS()[0]?.[0])) as { error: boolean; error_type?: string };
  if (parsed.error && parsed.error_type !== 'parser')
    throw new Error('the archive is opened read-only: only SELECT statements run (and WITH, FROM, SHOW, DESCRIBE)');
}

/**
 * DuckDB hands BIGINT, HUGEINT and DECIMAL values (`count(*)`, `sum(...)`) to JSON as text so that none loses
 * precision; print them as JSON numbers when the number is exact (a safe integer, or at most 15 significant
 * digits), and as text only when it would not be.
 */
export function jsonNumber(v: unknown): unknown {
  if (typeof v !== 'string' || !/^-?\d+(\.\d+)?$/.test(v)) return v;
  const n = Number(v);
  if (!v.includes('.')) return Number.isSafeInteger(n) ? n : v;
  const digits = v.replace('-', '').replace('.', '');
  let first = 0;
  let end = digits.length;
  while (first < end && digits[first] === '0') first++;
  while (end > first && digits[end - 1] === '0') end--;
  return end - first <= 15 && Math.abs(n) <= Number.MAX_SAFE_INTEGER ? n : v;
}

const isScalar = (v: unknown): boolean => v === null || typeof v !== 'object';

function display(v: unknown): string {
  if (v === null || v === undefined) return '';
  return typeof v === 'object' ? JSON.stringify(v) : String(v);
}
