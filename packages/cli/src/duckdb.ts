// DuckDB, embedded: opening a database file (or memory) and quoting what goes into SQL text. Values always go
// in as bound parameters; only file paths and identifiers, which DuckDB cannot bind, are quoted here.

import { resolve } from 'node:path';
import { DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import { RunError } from './failure.ts';

export interface Database {
  readonly connection: DuckDBConnection;
  close(): void;
}

/**
 * Opens (creating) a database file, or an in-memory one for `undefined`; read-only when asked. A path is always a
 * local file: DuckDB would take `:memory:` as no file at all (an archive that vanishes on exit) and `md:...`,
 * `s3://...` or `https://...` as remote, downloading an extension to reach them; made absolute, each names a file. `threads` defaults
 * to 2 (DuckDB would take every core it sees); one thread streams an ordered COPY without buffering between
 * threads, which keeps a large Parquet conversion's memory flat.
 */
export async function openDatabase(
  path: string | undefined,
  options: { readOnly?: boolean; threads?: number } = {},
): Promise<Database> {
  let instance: DuckDBInstance;
  try {
    instance = await DuckDBInstance.create(path === undefined ? ':memory:' : resolve(path), {
      // Read-only also means no extension downloaded behind the user's back (a read_parquet of an https URL).
      ...(options.readOnly ? { access_mode: 'READ_ONLY', autoinstall_known_extensions: 'false' } : {}),
      threads: String(options.threads ?? 2),
    });
  } catch (e) {
    throw new RunError(`cannot open the database ${path ?? 'in memory'}: ${duckMessage(e)}`);
  }
  const connection = await DuckDBConnection.create(instance);
  return {
    connection,
    close: () => {
      connection.closeSync();
      instance.closeSync();
    },
  };
}

/** DuckDB's message without its stack. */
export function duckMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** A string literal for SQL text: single quotes doubled. */
export const sqlString = (s: string): string => `'${s.replace(/'/g, "''")}'`;

/** An identifier for SQL text: double quotes doubled. */
export const sqlIdent = (s: string): string => `"${s.replace(/"/g, '""')}"`;
