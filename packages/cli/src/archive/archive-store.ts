// The archive's DuckDB file: one table per data type (columns and keys generated from the spec), and the
// bookkeeping that makes re-runs incremental: which days of which type are complete, where an interrupted list
// read stands, and which site the archive belongs to. The sitekey is never stored.
import type { PageCursor } from '@clicky-sdk/core';
import { type Database, openDatabase } from '../duckdb.ts';
import { RunError } from '../failure.ts';
import { tableOf } from '../rows.ts';

const BOOKKEEPING = [
  'CREATE TABLE IF NOT EXISTS _clicky_meta (name VARCHAR PRIMARY KEY, value VARCHAR NOT NULL)',
  'CREATE TABLE IF NOT EXISTS _clicky_days (type VARCHAR NOT NULL, date DATE NOT NULL, PRIMARY KEY (type, date))',
  'CREATE TABLE IF NOT EXISTS _clicky_cursors (type VARCHAR NOT NULL, range VARCHAR NOT NULL, cursor VARCHAR NOT NULL, PRIMARY KEY (type, range))',
];

export const ARCHIVE_VERSION = '1';

export class ArchiveStore {
  private constructor(readonly db: Database) {}

  /** Opens or creates the archive for `siteId`; an archive of another site is refused. */
  static async open(path: string, siteId: number): Promise<ArchiveStore> {
    const db = await openDatabase(path);
    const store = new ArchiveStore(db);
    try {
      for (const sql of BOOKKEEPING) await db.connection.run(sql);
      const meta = await store.meta();
      const site = meta.get('site_id');
      if (site !== undefined && site !== String(siteId))
        throw new RunError(`${path} archives site ${site}, not site ${siteId}; give another --db for this site`);
      const version = meta.get('version');
      if (version !== undefined && version !== ARCHIVE_VERSION)
        throw new RunError(`${path} is an archive of format ${version}; this clicky writes format ${ARCHIVE_VERSION}`);
      await db.connection.run(
        `INSERT INTO _clicky_meta VALUES ('site_id', $1), ('version', $2) ON CONFLICT DO NOTHING`,
        [String(siteId), ARCHIVE_VERSION],
      );
    } catch (e) {
      db.close();
      throw e;
    }
    return store;
  }

  private async meta(): Promise<Map<string, string>> {
    const r = await this.db.connection.runAndReadAll('SELECT name, value FROM _clicky_meta');
    return new Map(r.getRowsJS().map(([k, v]) => [String(k), String(v)]));
  }

  /** Creates a type's table when it is not there yet. */
  async ensureTable(type: string): Promise<void> {
    const table = tableOf(type);
    if (table === undefined) throw new RunError(`${type} has no archive table`);
    await this.db.connection.run(table.ddl);
  }

  /** The complete days (YYYY-MM-DD) of a type. */
  async completeDays(type: string): Promise<Set<string>> {
    const r = await this.db.connection.runAndReadAll(
      "SELECT strftime(date, '%Y-%m-%d') FROM _clicky_days WHERE type = $1",
      [type],
    );
    return new Set(r.getRowsJS().map(([d]) => String(d)));
  }

  /** The cursor an interrupted read of `type` over `range` left, if any. */
  async cursor(type: string, range: string): Promise<PageCursor | undefined> {
    const r = await this.db.connection.runAndReadAll(
      'SELECT cursor FROM _clicky_cursors WHERE type = $1 AND range = $2',
      [type, range],
    );
    const text = r.getRowsJS()[0]?.[0];
    return typeof text === 'string' ? (JSON.parse(text) as PageCursor) : undefined;
  }

  /** Runs `work` in one transaction: all of it is stored, or none of it. */
  async transaction<T>(work: () => Promise<T>): Promise<T> {
    await this.db.connection.run('BEGIN TRANSACTION');
    try {
      const result = await work();
      await this.db.connection.run('COMMIT');
      return result;
    } catch (e) {
      await this.db.connection.run('ROLLBACK').catch(() => undefined);
      throw e;
    }
  }

  /** Records where a list read stands (inside the page's transaction), or forgets it once the range is done. */
  async setCursor(type: string, range: string, cursor: PageCursor | undefined): Promise<void> {
    if (cursor === undefined || cursor.done) {
      await this.db.connection.run('DELETE FROM _clicky_cursors WHERE type = $1 AND range = $2', [type, range]);
      return;
    }
    await this.db.connection.run(
      'INSERT INTO _clicky_cursors VALUES ($1, $2, $3) ON CONFLICT DO UPDATE SET cursor = excluded.cursor',
      [type, range, JSON.stringify(cursor)],
    );
  }

  /** Marks days complete for types: later runs do not read them again. */
  async markComplete(types: readonly string[], days: readonly string[]): Promise<void> {
    if (days.length === 0 || types.length === 0) return;
    await this.db.connection.run(
      `INSERT INTO _clicky_days SELECT t, d FROM unnest(from_json($1::JSON, '["VARCHAR"]')) AS a(t), unnest(from_json($2::JSON, '["DATE"]')) AS b(d) ON CONFLICT DO NOTHING`,
      [JSON.stringify(types), JSON.stringify(days)],
    );
  }

  /** Rows in a type's table. */
  async count(type: string): Promise<number> {
    const table = tableOf(type);
    if (table === undefined) return 0;
    const r = await this.db.connection.runAndReadAll(`SELECT count(*) FROM "${table.table}"`);
    return Number(r.getRowsJS()[0]?.[0] ?? 0);
  }

  close(): void {
    this.db.close();
  }
}
