// `clicky archive --parquet DIR`: each archived table as DIR/<table>.parquet, ordered by its key, written aside
// and renamed into place, so a reader never sees half a file.
import { mkdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { duckMessage, sqlIdent, sqlString } from '../duckdb.ts';
import { RunError } from '../failure.ts';
import { tableOf } from '../rows.ts';
import type { ArchiveStore } from './archive-store.ts';

export async function writeParquetDir(store: ArchiveStore, types: readonly string[], dir: string): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const written: string[] = [];
  for (const type of types) {
    const table = tableOf(type);
    if (table === undefined) continue;
    const file = join(dir, `${table.table}.parquet`);
    const aside = `${file}.clicky-tmp`;
    try {
      await store.db.connection.run(
        `COPY (SELECT * FROM ${sqlIdent(table.table)} ORDER BY ${table.key.map(sqlIdent).join(', ')}) ` +
          `TO ${sqlString(aside)} (FORMAT parquet)`,
      );
    } catch (e) {
      await rm(aside, { force: true });
      throw new RunError(`cannot write ${file}: ${duckMessage(e)}`);
    }
    await rename(aside, file);
    written.push(file);
  }
  return written;
}
