// CSV as RFC 4180 writes it: comma-separated, CRLF-free (one LF per record), a cell quoted when it holds a comma,
// a quote, a line break or edge spaces. Lists and custom data go in as JSON text, so they read back exactly.
import type { CellKind, CsvColumn } from './table-spec.ts';

const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

/** One cell's text. */
export function csvCell(value: unknown, kind: CellKind = 'string'): string {
  if (value === undefined || value === null) return '';
  const text = kind === 'json' ? JSON.stringify(value) : typeof value === 'string' ? value : String(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A record: cells joined by commas, ended by a line feed. */
export function csvLine(cells: readonly string[]): string {
  return `${cells.join(',')}\n`;
}

/** The header record of a column layout. */
export function csvHeader(columns: readonly CsvColumn[]): string {
  return csvLine(columns.map((c) => csvCell(c.header)));
}

/** A row's record under a column layout: each column's value found along its path. */
export function csvRecord(columns: readonly CsvColumn[], row: Readonly<Record<string, unknown>>): string {
  const cells: string[] = [];
  for (const column of columns) {
    let v: unknown = row;
    for (const step of column.path)
      v = typeof v === 'object' && v !== null ? (v as Record<string, unknown>)[step] : undefined;
    cells.push(csvCell(v, column.kind));
  }
  return csvLine(cells);
}
