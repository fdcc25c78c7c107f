// A stats answer as tables for people: the tallies side by side by date (one column per type, its trend beside
// it), then one table per other type with the fields its items have.
import { DATA_TYPES, type DataType, isRecord } from '@clicky-sdk/core';
import { SHAPE_COLUMNS } from '../generated/index.ts';
import type { Cell } from '../text-table.ts';

export interface Table {
  readonly title: string;
  readonly header: Cell[];
  readonly rows: Cell[][];
}

type Groups = { date: string; items: Record<string, unknown>[] }[];

const number = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** A value as a cell: numbers right-aligned with grouping, anything else as text. */
function valueCell(v: unknown): Cell {
  if (typeof v === 'number') return { text: number.format(v), align: 'right' };
  if (v === undefined || v === null) return { text: '', align: 'left' };
  if (typeof v === 'object') return { text: JSON.stringify(v), align: 'left' };
  return { text: String(v), align: 'left' };
}

/** A trend percentage: green up, red down, dim when flat. */
function trendCell(v: unknown): Cell {
  if (typeof v !== 'number') return { text: '', align: 'right' };
  const text = `${v > 0 ? '+' : ''}${number.format(v)}%`;
  return { text, align: 'right', colour: v > 0 ? 'green' : v < 0 ? 'red' : 'dim' };
}

const head = (text: string, align: Cell['align'] = 'left'): Cell => ({ text, align });

/**
 * A tally row's label: the date, with the item's title when a group holds several titled items, or with the hour
 * when it holds one untitled item per hour (`hourly`: the API gives a day's hours newest first, down to 00:00).
 */
function rowLabel(date: string, item: Record<string, unknown>, index: number, count: number): string {
  if (count <= 1) return date;
  if (typeof item.title === 'string') return `${date} ${item.title}`;
  return `${date} ${String(count - 1 - index).padStart(2, '0')}:00`;
}

/** Tallies side by side: one row per date (and hour), one column per type, trends beside their values. */
function tallyTable(result: Record<string, unknown>, types: DataType[]): Table {
  const withTrend = types.filter((t) => groupsOf(result, t).some((g) => g.items.some((i) => i.trend !== undefined)));
  const rows = new Map<string, Map<string, Record<string, unknown>>>();
  for (const type of types) {
    for (const group of groupsOf(result, type)) {
      for (const [i, item] of group.items.entries()) {
        const label = rowLabel(group.date, item, i, group.items.length);
        const row = rows.get(label) ?? new Map<string, Record<string, unknown>>();
        rows.set(label, row);
        row.set(type, item);
      }
    }
  }
  const header = [head('date')];
  for (const t of types) {
    header.push(head(t, 'right'));
    if (withTrend.includes(t)) header.push(head('trend', 'right'));
  }
  const body = [...rows].map(([label, row]) => {
    const cells: Cell[] = [{ text: label, align: 'left' }];
    for (const t of types) {
      cells.push(valueCell(row.get(t)?.value));
      if (withTrend.includes(t)) cells.push(trendCell(row.get(t)?.trend));
    }
    return cells;
  });
  return { title: 'tallies', header, rows: body };
}

/** Links are long and not for reading in a terminal; the JSON and CSV formats keep them. */
const HIDDEN = new Set(['url', 'stats_url', 'referrer_url', 'landing_page', 'time']);

/** One type's items: a date column when there are several date groups, then each field some item has. */
function itemTable(result: Record<string, unknown>, type: DataType): Table {
  const groups = groupsOf(result, type);
  const shape = SHAPE_COLUMNS[DATA_TYPES[type].item];
  const columns = (shape?.csv ?? []).filter(
    (c) => !HIDDEN.has(c.header) && groups.some((g) => g.items.some((i) => pathValue(i, c.path) !== undefined)),
  );
  const dated = groups.length > 1;
  const header = [
    ...(dated ? [head('date')] : []),
    ...columns.map((c) => (c.header === 'trend' ? head('trend', 'right') : head(c.header, kindAlign(c.kind)))),
  ];
  const rows = groups.flatMap((g) =>
    g.items.map((item) => [
      ...(dated ? [{ text: g.date, align: 'left' } as Cell] : []),
      ...columns.map((c) =>
        c.header === 'trend' ? trendCell(pathValue(item, c.path)) : valueCell(pathValue(item, c.path)),
      ),
    ]),
  );
  return { title: `${type}${dated ? '' : ` (${groups[0]?.date ?? ''})`}`, header, rows };
}

const kindAlign = (kind: string): Cell['align'] => (kind === 'integer' || kind === 'number' ? 'right' : 'left');

function pathValue(item: unknown, path: readonly string[]): unknown {
  let v: unknown = item;
  for (const step of path) v = isRecord(v) ? v[step] : undefined;
  return v;
}

function groupsOf(result: Record<string, unknown>, type: string): Groups {
  const groups = result[type];
  return Array.isArray(groups) ? (groups as Groups) : [];
}

/** Every table of an answer, tallies first, in the order the types were asked. */
export function statsTables(result: Record<string, unknown>, types: readonly DataType[]): Table[] {
  const tallies = types.filter((t) => DATA_TYPES[t].category === 'tally');
  const tables: Table[] = [];
  if (tallies.length > 0) tables.push(tallyTable(result, tallies));
  for (const t of types) if (DATA_TYPES[t].category !== 'tally') tables.push(itemTable(result, t));
  return tables;
}
