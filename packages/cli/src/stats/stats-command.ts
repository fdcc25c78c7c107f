// `clicky stats`: one request, printed as aligned tables (trends coloured on a terminal), JSON or CSV.
import { DATA_TYPES, type DataType, LIMITS } from '@clicky-sdk/core';
import { STATS_FORMATS } from '../choices.ts';
import { type Connection, connect, type SiteFlags } from '../connect.ts';
import type { CommandContext } from '../context.ts';
import { csvCell, csvLine, csvRecord } from '../csv.ts';
import { UsageError } from '../failure.ts';
import { oneOf, typeList, wholeNumber } from '../flags.ts';
import { SHAPE_COLUMNS } from '../generated/index.ts';
import type { CsvColumn } from '../table-spec.ts';
import { forStream, renderTable, wantsColour } from '../text-table.ts';
import { statsTables } from './stats-tables.ts';

export interface StatsFlags extends SiteFlags {
  type: string;
  date?: string;
  daily?: boolean;
  hourly?: boolean;
  limit?: string;
  trends?: boolean;
  format: string;
}

/** The request the flags ask for; trends come with the table unless the flags say otherwise. */
export function statsRequest(flags: StatsFlags): {
  types: DataType[];
  request: Record<string, unknown>;
  format: string;
} {
  const format = oneOf('--format', flags.format, STATS_FORMATS);
  const types = typeList('--type', flags.type);
  if (types.includes('segmentation' as DataType))
    throw new UsageError('--type: segmentation needs segments and filters; use the SDK for it');
  const trendsApply = types.every((t) => DATA_TYPES[t].category === 'tally' || DATA_TYPES[t].category === 'popular');
  const trends = flags.trends ?? (format === 'table' && trendsApply);
  const limit =
    flags.limit === undefined
      ? undefined
      : flags.limit === 'all'
        ? 'all'
        : wholeNumber('--limit', flags.limit, LIMITS.limitMin, LIMITS.limitMax);
  const request: Record<string, unknown> = {
    type: types,
    ...(flags.date === undefined ? {} : { date: flags.date }),
    ...(flags.daily ? { daily: true } : {}),
    ...(flags.hourly ? { hourly: true } : {}),
    ...(limit === undefined ? {} : { limit }),
    ...(trends ? { trends: true } : {}),
  };
  return { types, request, format };
}

export async function statsCommand(flags: StatsFlags, ctx: CommandContext): Promise<void> {
  const { types, request, format } = statsRequest(flags);
  const conn: Connection = await connect(flags, ctx.env, ctx.signal, (l) => ctx.note(l));
  try {
    const result = (await conn.client.stats(request as never)) as Record<string, unknown>;
    if (format === 'json') ctx.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    else if (format === 'csv') ctx.stdout.write(forStream(ctx.stdout, statsCsv(result, types)));
    else {
      const colour = wantsColour(ctx.stdout, ctx.env);
      const text = statsTables(result, types)
        .map((t) => `${t.title}\n${t.rows.length === 0 ? '(no items)\n' : renderTable(t.header, t.rows, colour)}`)
        .join('\n');
      ctx.stdout.write(text);
    }
  } finally {
    await conn.close();
  }
}

/** One CSV for every requested type: `type`, `date`, then every field of the types' shapes, each once. */
function statsCsv(result: Record<string, unknown>, types: readonly DataType[]): string {
  const columns: CsvColumn[] = [];
  for (const t of types)
    for (const c of SHAPE_COLUMNS[DATA_TYPES[t].item]?.csv ?? [])
      if (!columns.some((k) => k.header === c.header)) columns.push(c);
  const out = [csvLine(['type', 'date', ...columns.map((c) => csvCell(c.header))])];
  for (const t of types) {
    const groups = (result[t] ?? []) as { date: string; items: Record<string, unknown>[] }[];
    for (const g of groups)
      for (const item of g.items) out.push(`${csvCell(t)},${csvCell(g.date)},${csvRecord(columns, item)}`);
  }
  return out.join('');
}
