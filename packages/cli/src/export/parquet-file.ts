// The closing step of a Parquet export: the NDJSON spool of typed rows becomes one Parquet file with the shape's
// column types, written aside and renamed into place, so the output is whole or absent.
import { rename, rm } from 'node:fs/promises';
import { duckMessage, openDatabase, sqlString } from '../duckdb.ts';
import { RunError } from '../failure.ts';
import { SHAPE_COLUMNS } from '../generated/index.ts';

/**
 * Rows per Parquet row group. The writer holds a whole group in memory before writing it: DuckDB's default
 * (122,880 rows) would make a 100k-row export hold every row at once; 10,000 keeps memory flat at any size.
 */
const ROW_GROUP_ROWS = 10_000;

export const spoolPath = (out: string): string => `${out}.clicky-spool.ndjson`;

/** The read_json column list of a shape: `{'name': 'TYPE', ...}`. */
function columnsLiteral(shape: string): string {
  const columns = SHAPE_COLUMNS[shape]?.columns ?? [];
  return `{${columns.map((c) => `${sqlString(c.name)}: ${sqlString(c.sql)}`).join(', ')}}`;
}

export async function spoolToParquet(spool: string, out: string, shape: string): Promise<void> {
  const aside = `${out}.clicky-tmp.parquet`;
  const db = await openDatabase(undefined, { threads: 1 });
  try {
    await db.connection.run(
      `COPY (SELECT * FROM read_json(${sqlString(spool)}, format = 'newline_delimited', columns = ${columnsLiteral(shape)})) ` +
        `TO ${sqlString(aside)} (FORMAT parquet, ROW_GROUP_SIZE ${ROW_GROUP_ROWS})`,
    );
  } catch (e) {
    await rm(aside, { force: true });
    throw new RunError(`cannot write the Parquet file ${out}: ${duckMessage(e)}`);
  } finally {
    db.close();
  }
  await rename(aside, out);
}
