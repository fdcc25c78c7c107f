// Each export format as text written page by page: an opening, each page's rows (knowing how many came
// before, for JSON's commas), and a closing. Parquet is written as an NDJSON spool of typed rows, converted at
// the end (see parquet-file.ts).
import type { ExportFormat } from '../choices.ts';
import { csvHeader, csvRecord } from '../csv.ts';
import { SHAPE_COLUMNS } from '../generated/index.ts';
import { toRow } from '../rows.ts';

export interface PageEncoder {
  opening(): string;
  page(items: readonly unknown[], rowsBefore: number): string;
  closing(rows: number): string;
}

/** NDJSON and JSON keep items as the SDK decoded them; CSV and the Parquet spool keep the shape's columns. */
export function encoderFor(format: ExportFormat, shape: string): PageEncoder {
  switch (format) {
    case 'ndjson':
      return {
        opening: () => '',
        page: (items) => items.map((i) => `${JSON.stringify(i)}\n`).join(''),
        closing: () => '',
      };
    case 'json':
      return {
        opening: () => '[',
        page: (items, before) => items.map((i, k) => `${before + k === 0 ? '\n' : ',\n'}${JSON.stringify(i)}`).join(''),
        closing: (rows) => (rows === 0 ? ']\n' : '\n]\n'),
      };
    case 'csv': {
      const columns = SHAPE_COLUMNS[shape]?.csv ?? [];
      return {
        opening: () => csvHeader(columns),
        page: (items) => items.map((i) => csvRecord(columns, toRow(shape, i))).join(''),
        closing: () => '',
      };
    }
    case 'parquet':
      return {
        opening: () => '',
        page: (items) => items.map((i) => `${JSON.stringify(toRow(shape, i))}\n`).join(''),
        closing: () => '',
      };
  }
}

/** The format a file name suggests: .ndjson/.jsonl, .csv, .json, .parquet; NDJSON otherwise. */
export function formatOfPath(path: string): ExportFormat {
  const ext = /\.([a-z]+)$/i.exec(path)?.[1]?.toLowerCase();
  if (ext === 'csv' || ext === 'json' || ext === 'parquet') return ext;
  return 'ndjson';
}
