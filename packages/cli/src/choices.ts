// The values flags choose from, kept apart from the commands so that the help and the parser load no database.
import { DATA_TYPES, type DataType } from '@clicky-sdk/core';
import { TYPE_TABLES } from './generated/index.ts';

/** The types an export reads: the chronological ones (items in time order, in pages). */
export const EXPORT_TYPES: readonly string[] = Object.entries(TYPE_TABLES)
  .filter(([, t]) => t.category === 'chronological')
  .map(([name]) => name);

export const EXPORT_FORMATS = ['ndjson', 'csv', 'json', 'parquet'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Types with an archive table that a date range applies to. */
export const ARCHIVE_TYPES: readonly string[] = Object.entries(TYPE_TABLES)
  .filter(([, t]) => !t.ignoresDate)
  .map(([name]) => name);

/** What `--types` defaults to: the visitor and action logs, and every tally and popular type of any plan. */
export const DEFAULT_ARCHIVE_TYPES: readonly string[] = [
  'visitors-list',
  'actions-list',
  ...ARCHIVE_TYPES.filter((n) => {
    const t = TYPE_TABLES[n];
    // Types that only some plans answer (a paid plan's) are archived when asked for by name.
    return (t?.category === 'tally' || t?.category === 'popular') && DATA_TYPES[n as DataType].plan === undefined;
  }),
];

/** Days read on a first archive run without --since. */
export const DEFAULT_DAYS = 30;

export const STATS_FORMATS = ['table', 'json', 'csv'] as const;
export const QUERY_FORMATS = ['table', 'json', 'csv'] as const;
export const DEFAULT_DB = 'clicky.duckdb';
