// `clicky export TYPE --date A,B --out FILE [--format ndjson|csv|json|parquet]`: every item of a chronological
// type over a range, through paginate, written page by page. After each page the output is synced and the
// sidecar state (bytes, rows, cursor) replaced atomically; a later run with the same flags cuts the output back
// to the committed bytes and goes on from the cursor, so an interrupted export neither repeats nor loses a row.
import { access, rm } from 'node:fs/promises';
import {
  type DataType,
  formatDateRange,
  type PageCursor,
  type PaginatedType,
  parseDateExpression,
  resolveDateExpression,
  splitDateRange,
} from '@clicky-sdk/core';
import { EXPORT_FORMATS, EXPORT_TYPES, type ExportFormat } from '../choices.ts';
import { type Connection, connect, type SiteFlags } from '../connect.ts';
import type { CommandContext } from '../context.ts';
import { AppendFile, ShortFileError } from '../durable-file.ts';
import { isSystemError, RunError, systemMessage, UsageError } from '../failure.ts';
import { oneOf, typeList } from '../flags.ts';
import { TYPE_TABLES } from '../generated/index.ts';
import { startProgress } from '../progress.ts';
import { readAhead } from '../read-ahead.ts';
import {
  type ExportIdentity,
  type ExportState,
  rangeFits,
  readState,
  removeState,
  STATE_VERSION,
  sameExport,
  statePath,
  writeState,
} from './export-state.ts';
import { encoderFor, formatOfPath } from './page-encoders.ts';
import { spoolPath, spoolToParquet } from './parquet-file.ts';

export interface ExportFlags extends SiteFlags {
  date?: string;
  out?: string;
  format?: string;
  overwrite?: boolean;
}

/** The tally whose value counts a list type's items, for the progress bar's total. */
const COUNTED_BY: Readonly<Record<string, DataType>> = { 'visitors-list': 'visitors', 'actions-list': 'actions' };

interface Plan {
  readonly type: DataType;
  readonly shape: string;
  readonly out: string;
  readonly format: ExportFormat;
  readonly date: string;
}

function plan(typeArg: string, flags: ExportFlags): Plan {
  const [type] = typeList('TYPE', typeArg, EXPORT_TYPES);
  if (type === undefined || typeArg.includes(',')) throw new UsageError('TYPE: export one type at a time');
  if (flags.out === undefined || flags.out === '') throw new UsageError('--out FILE is required');
  const format = flags.format === undefined ? formatOfPath(flags.out) : oneOf('--format', flags.format, EXPORT_FORMATS);
  const date = flags.date ?? 'today';
  parseDateExpression(date); // a bad --date is a usage error before anything starts
  return { type, shape: TYPE_TABLES[type]?.shape as string, out: flags.out, format, date };
}

export async function exportCommand(typeArg: string, flags: ExportFlags, ctx: CommandContext): Promise<void> {
  const p = plan(typeArg, flags);
  const conn = await connect(flags, ctx.env, ctx.signal, (l) => ctx.note(l));
  let rows = 0;
  try {
    const { file, state } = await openExport(p, flags.overwrite === true, conn, ctx);
    rows = state.rows;
    const done = await writePages(p, conn, ctx, file, state, (n) => {
      rows = n;
    });
    if (p.format === 'parquet') await spoolToParquet(spoolPath(p.out), p.out, p.shape);
    await removeState(p.out);
    if (p.format === 'parquet') await rm(spoolPath(p.out), { force: true });
    ctx.note(`clicky export: ${done.rows} rows of ${p.type} (${done.range}) written to ${p.out} as ${p.format}`);
  } catch (e) {
    if (ctx.signal.aborted) throw new InterruptedExport(p.out, rows);
    if (isSystemError(e))
      throw new RunError(
        `cannot write ${p.out}: ${systemMessage(e)}` +
          (rows > 0 ? `; ${rows} rows are safe in it, and the same command resumes once that is fixed` : ''),
      );
    throw e;
  } finally {
    await conn.close();
  }
}

/** The output opened where the export stands: resumed from its state, or started (and its state written). */
async function openExport(
  p: Plan,
  overwrite: boolean,
  conn: Connection,
  ctx: CommandContext,
): Promise<{ file: AppendFile; state: ExportState }> {
  const identity: ExportIdentity = {
    type: p.type,
    date: p.date,
    format: p.format,
    siteId: conn.siteId,
    embedded: conn.embedded,
  };
  const found = overwrite ? undefined : await readState(p.out);
  if (found !== undefined && !sameExport(found.identity, identity)) {
    const was = found.identity;
    throw new RunError(
      `${statePath(p.out)} belongs to an unfinished export of ${was.type} --date ${was.date} --format ${was.format} ` +
        `(site ${was.siteId}); run that command again to finish it, or add --overwrite to start over`,
    );
  }
  if (found !== undefined && !rangeFits(p.date, found.range))
    throw new RunError(
      `${statePath(p.out)} records the range ${JSON.stringify(found.range.slice(0, 60))}, which --date ${p.date} ` +
        'cannot have given; the file was edited or damaged: add --overwrite to start over',
    );
  if (found === undefined && !overwrite && (await exists(p.out)))
    throw new RunError(`${p.out} exists; add --overwrite to replace it`);
  const dataPath = p.format === 'parquet' ? spoolPath(p.out) : p.out;
  if (found !== undefined) {
    ctx.note(`clicky export: resuming ${p.out}: ${found.rows} rows already written, going on from there`);
    return { file: await openCommitted(dataPath, found.bytes), state: found };
  }
  const range = formatDateRange(resolveDateExpression(p.date, conn.today()));
  const file = await AppendFile.open(dataPath);
  await file.write(encoderFor(p.format, p.shape).opening());
  await file.sync();
  const state: ExportState = {
    clicky: 'export',
    version: STATE_VERSION,
    identity,
    range,
    bytes: file.bytes,
    rows: 0,
    pages: 0,
    cursor: null,
  };
  await writeState(p.out, state);
  return { file, state };
}

/** Every page left, each synced and then recorded in the state; then the format's closing. */
async function writePages(
  p: Plan,
  conn: Connection,
  ctx: CommandContext,
  file: AppendFile,
  start: ExportState,
  onRows: (rows: number) => void,
): Promise<ExportState> {
  const encoder = encoderFor(p.format, p.shape);
  const progress = startProgress(ctx, `export ${p.type}`, start.rows);
  let state = start;
  try {
    if (state.cursor?.done !== true) {
      await estimateTotal(conn, p.type, state.range, (t) => progress.setTotal(t));
      const stream = conn.client.paginate(p.type as PaginatedType, { date: state.range } as never);
      for await (const page of readAhead(stream.pages((state.cursor ?? undefined) as PageCursor | undefined))) {
        await file.write(encoder.page(page.items, state.rows));
        await file.sync();
        state = {
          ...state,
          bytes: file.bytes,
          rows: state.rows + page.items.length,
          pages: state.pages + 1,
          cursor: page.cursor,
        };
        await writeState(p.out, state);
        onRows(state.rows);
        const where = page.window === undefined ? '' : `${formatDateRange(page.window)} `;
        progress.update(state.rows, `${where}page ${page.page}`);
      }
    }
    await file.write(encoder.closing(state.rows));
    await file.sync();
    return state;
  } finally {
    progress.stop();
    await file.close();
  }
}

/** Stopped by Ctrl-C: every committed page is kept, and the same command goes on from there. */
export class InterruptedExport extends RunError {
  constructor(out: string, rows: number) {
    super(`interrupted: ${rows} rows are safe in ${out}; run the same command again to resume`);
  }
}

async function openCommitted(path: string, bytes: number): Promise<AppendFile> {
  try {
    return await AppendFile.open(path, bytes);
  } catch (e) {
    if (e instanceof ShortFileError || (e as NodeJS.ErrnoException).code === 'ENOENT')
      throw new RunError(
        `${path} no longer holds what the unfinished export wrote (${e instanceof Error ? e.message : String(e)}); add --overwrite to start over`,
      );
    throw e;
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

/** The expected row count from the matching tally, window by window; nothing for types no tally counts. */
async function estimateTotal(conn: Connection, type: string, range: string, set: (n: number) => void): Promise<void> {
  const tally = COUNTED_BY[type];
  if (tally === undefined) return;
  const [start, end = start] = range.split(',') as [string, string?];
  let total = 0;
  for (const window of splitDateRange({ start, end: end as string }, 31)) {
    const groups = (await conn.client.stats({ type: tally, date: formatDateRange(window) } as never)) as Record<
      string,
      { items: { value?: unknown }[] }[]
    >;
    const value = groups[tally]?.[0]?.items[0]?.value;
    if (typeof value === 'number') total += value;
  }
  set(total);
}
