// `clicky archive [--db clicky.duckdb] [--types ...] [--since DATE] [--parquet DIR]`: an incremental backup
// into DuckDB. List types are read page by page through paginate, each page stored with its cursor in one
// transaction; tallies and popular types are read by day. Days before today are marked complete once read, so a
// re-run reads only what is new (today again, and any day a run did not finish).
import {
  addDays,
  type DataType,
  type DateRange,
  formatDateRange,
  type PageCursor,
  type PaginatedType,
  parseDateExpression,
  resolveDateExpression,
} from '@clicky-sdk/core';
import { ARCHIVE_TYPES, DEFAULT_ARCHIVE_TYPES, DEFAULT_DAYS } from '../choices.ts';
import { type Connection, connect, type SiteFlags } from '../connect.ts';
import type { CommandContext } from '../context.ts';
import { RunError } from '../failure.ts';
import { typeList } from '../flags.ts';
import { startProgress } from '../progress.ts';
import { readAhead } from '../read-ahead.ts';
import { tableOf } from '../rows.ts';
import { renderTable } from '../text-table.ts';
import { finishedDays, missingWindows } from './archive-plan.ts';
import { ArchiveStore } from './archive-store.ts';
import { RowLoader, rowsFor } from './load-rows.ts';
import { writeParquetDir } from './parquet-dir.ts';

export interface ArchiveFlags extends SiteFlags {
  db: string;
  types?: string;
  since?: string;
  parquet?: string;
}

/** A range longer than this is split: the API's cap for restricted types and for most plans. */
const WINDOW_DAYS = 31;

interface RunState {
  readonly conn: Connection;
  readonly store: ArchiveStore;
  readonly loader: RowLoader;
  readonly today: string;
  readonly ctx: CommandContext;
  skipped: number;
}

export async function archiveCommand(flags: ArchiveFlags, ctx: CommandContext): Promise<void> {
  const types = typeList('--types', flags.types ?? DEFAULT_ARCHIVE_TYPES.join(','), ARCHIVE_TYPES);
  if (flags.since !== undefined) parseDateExpression(flags.since);
  const conn = await connect(flags, ctx.env, ctx.signal, (l) => ctx.note(l));
  let store: ArchiveStore | undefined;
  try {
    store = await ArchiveStore.open(flags.db, conn.siteId);
    for (const t of types) await store.ensureTable(t);
    const before = new Map<string, number>();
    for (const t of types) before.set(t, await store.count(t));
    const run: RunState = {
      conn,
      store,
      loader: new RowLoader(store.db.connection),
      today: conn.today(),
      ctx,
      skipped: 0,
    };
    const since = flags.since === undefined ? undefined : resolveDateExpression(flags.since, run.today).start;
    try {
      for (const t of types.filter((n) => tableOf(n)?.category === 'chronological')) await archiveList(run, t, since);
      for (const category of ['tally', 'popular'] as const) {
        const group = types.filter((n) => tableOf(n)?.category === category);
        if (group.length > 0) await archiveByDay(run, group, since, category === 'popular' ? { limit: 'all' } : {});
      }
    } catch (e) {
      if (ctx.signal.aborted)
        throw new RunError(`interrupted: every page read so far is in ${flags.db}; run the same command to go on`);
      throw e;
    }
    if (run.skipped > 0) ctx.note(`clicky archive: ${run.skipped} items left out: they lacked a field every row needs`);
    ctx.stdout.write(await summary(store, types, before, flags.db, conn.siteId));
    if (flags.parquet !== undefined) {
      const written = await writeParquetDir(store, types, flags.parquet);
      ctx.stdout.write(`Parquet: ${written.length} files in ${flags.parquet}\n`);
    }
  } finally {
    store?.close();
    await conn.close();
  }
}

/** The first day to read for a type: --since, else the day after... the earliest day kept, else 30 days back. */
function startDay(run: RunState, complete: ReadonlySet<string>, since: string | undefined): string {
  if (since !== undefined) return since;
  const kept = [...complete].sort()[0];
  return kept ?? addDays(run.today, -(DEFAULT_DAYS - 1));
}

/** A list type, window by window, page by page; each page is stored with its cursor in one transaction. */
async function archiveList(run: RunState, type: DataType, since: string | undefined): Promise<void> {
  const complete = await run.store.completeDays(type);
  const windows = missingWindows(startDay(run, complete, since), run.today, complete, WINDOW_DAYS);
  const progress = startProgress(run.ctx, `archive ${type}`, 0);
  let rows = 0;
  try {
    for (const window of windows) {
      const range = formatDateRange(window);
      const after = await run.store.cursor(type, range);
      const pages = run.conn.client.paginate(type as PaginatedType, { date: range } as never).pages(after);
      for await (const page of readAhead(pages)) {
        const batch = rowsFor(type, page.items);
        run.skipped += batch.skipped;
        await run.store.transaction(async () => {
          await run.loader.load(type, batch.rows);
          await run.store.setCursor(type, range, page.cursor as PageCursor);
          if (page.cursor.done) await run.store.markComplete([type], finishedDays(window, run.today));
        });
        rows += batch.rows.length;
        progress.update(rows, `${range} page ${page.page}`);
      }
    }
  } finally {
    progress.stop();
  }
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Tallies or popular types, one request per window for all of them, each day's group stored under its date. */
async function archiveByDay(
  run: RunState,
  types: DataType[],
  since: string | undefined,
  extra: Record<string, unknown>,
): Promise<void> {
  const completes = await Promise.all(types.map((t) => run.store.completeDays(t)));
  // A day is left out only when every type of the group has it.
  const complete = new Set([...(completes[0] ?? [])].filter((d) => completes.every((c) => c.has(d))));
  const windows = missingWindows(startDay(run, complete, since), run.today, complete, WINDOW_DAYS);
  const label =
    types.length === 1 ? (types[0] as string) : `${types.length} ${tableOf(types[0] as string)?.category} types`;
  const progress = startProgress(run.ctx, `archive ${label}`, 0);
  let rows = 0;
  try {
    for (const window of windows) {
      const range = formatDateRange(window);
      const result = (await run.conn.client.stats({
        type: types,
        date: range,
        daily: true,
        ...extra,
      } as never)) as Record<string, unknown>;
      // One insert per type for the whole window (not one per day): a statement costs more than its rows here.
      const batches = types.map((type) => {
        const groups = dayGroups(result[type], window).map((g) => rowsFor(type, g.items, g.date));
        run.skipped += groups.reduce((n, g) => n + g.skipped, 0);
        return { type, rows: groups.flatMap((g) => g.rows) };
      });
      await run.store.transaction(async () => {
        for (const batch of batches) rows += await run.loader.load(batch.type, batch.rows);
        await run.store.markComplete(types, finishedDays(window, run.today));
      });
      progress.update(rows, range);
    }
  } finally {
    progress.stop();
  }
}

/** The day groups of an answer that fall in the window asked; a group with any other label is left out. */
function dayGroups(groups: unknown, window: DateRange): { date: string; items: unknown[] }[] {
  if (!Array.isArray(groups)) return [];
  return groups.filter(
    (g): g is { date: string; items: unknown[] } =>
      typeof g?.date === 'string' &&
      ISO_DAY.test(g.date) &&
      g.date >= window.start &&
      g.date <= window.end &&
      Array.isArray(g.items),
  );
}

const count = new Intl.NumberFormat('en-US');

async function summary(
  store: ArchiveStore,
  types: readonly string[],
  before: ReadonlyMap<string, number>,
  db: string,
  siteId: number,
): Promise<string> {
  const rows = [];
  for (const t of types) {
    const now = await store.count(t);
    const added = now - (before.get(t) ?? 0);
    rows.push([
      { text: tableOf(t)?.table ?? t, align: 'left' as const },
      { text: count.format(now), align: 'right' as const },
      { text: `+${count.format(added)}`, align: 'right' as const },
    ]);
  }
  const header = [
    { text: 'table', align: 'left' as const },
    { text: 'rows', align: 'right' as const },
    { text: 'new', align: 'right' as const },
  ];
  return `Archive ${db} (site ${siteId}):\n${renderTable(header, rows, false)}`;
}
