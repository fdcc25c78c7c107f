// `clicky export` against the emulator: each format read back and compared, item for item, with what the SDK's
// paginate() answers for the same range; refusals that protect existing files; errors on unwritable paths.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { addDays } from '@clicky-sdk/core';
import { DEMO_SITE, type Emulator } from '@clicky-sdk/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHAPE_COLUMNS } from '../src/generated/index.ts';
import { clicky, duckRows, parseCsv, rowToItem, sdkClient, siteFlags, smallEmulator, tempFolder } from './helpers.ts';

let emu: Emulator;
let dir: { path: string; remove: () => Promise<void> };
let range: string;
const answers = new Map<string, unknown[]>();

/** The SDK's items for a type over the test range, as JSON would carry them. */
async function expected(type: 'visitors-list' | 'actions-list'): Promise<unknown[]> {
  const cached = answers.get(type);
  if (cached) return cached;
  const sdk = sdkClient(emu);
  const items: unknown[] = [];
  for await (const item of sdk.paginate(type, { date: range })) items.push(JSON.parse(JSON.stringify(item)));
  await sdk.close();
  answers.set(type, items);
  return items;
}

beforeAll(async () => {
  emu = await smallEmulator();
  dir = await tempFolder();
  // 41 days: two 31-day windows, several pages of actions.
  range = `${addDays(emu.today, -45)},${addDays(emu.today, -5)}`;
});
afterAll(async () => {
  await emu.close();
  await dir.remove();
});

const exportTo = (type: string, file: string, ...extra: string[]) =>
  clicky(['export', type, ...siteFlags(emu), '--date', range, '--out', join(dir.path, file), ...extra]);

/** A CSV record back into an item: dotted headers nest, cells typed by the shape's column kinds. */
function csvItem(shape: string, header: string[], record: string[]): Record<string, unknown> {
  const item: Record<string, unknown> = {};
  for (const column of SHAPE_COLUMNS[shape]?.csv ?? []) {
    const cell = record[header.indexOf(column.header)] ?? '';
    if (cell === '') continue;
    const value =
      column.kind === 'integer' || column.kind === 'number'
        ? Number(cell)
        : column.kind === 'boolean'
          ? cell === 'true'
          : column.kind === 'json'
            ? JSON.parse(cell)
            : cell;
    let at = item;
    for (const step of column.path.slice(0, -1)) {
      at[step] ??= {};
      at = at[step] as Record<string, unknown>;
    }
    at[column.path.at(-1) as string] = value;
  }
  return item;
}

describe('clicky export: every format reads back to the API answer', () => {
  it('ndjson: one decoded item a line, newest first, over both windows', async () => {
    const r = await exportTo('visitors-list', 'v.ndjson');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/rows of visitors-list .* written to .*v\.ndjson as ndjson/);
    const lines = (await readFile(join(dir.path, 'v.ndjson'), 'utf8')).trimEnd().split('\n');
    const items = await expected('visitors-list');
    expect(items.length).toBeGreaterThan(1000);
    expect(lines.map((l) => JSON.parse(l))).toEqual(items);
  });

  it('json: one array of the same items', async () => {
    const r = await exportTo('visitors-list', 'v.json');
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(await readFile(join(dir.path, 'v.json'), 'utf8'))).toEqual(await expected('visitors-list'));
  });

  it("csv: a header of the shape's columns, then each item, nested fields as dotted columns", async () => {
    const r = await exportTo('actions-list', 'a.csv');
    expect(r.code, r.stderr).toBe(0);
    const [header, ...records] = parseCsv(await readFile(join(dir.path, 'a.csv'), 'utf8'));
    expect(header).toEqual(SHAPE_COLUMNS.ActionsListItem?.csv.map((c) => c.header));
    expect(records.map((rec) => csvItem('ActionsListItem', header as string[], rec))).toEqual(
      await expected('actions-list'),
    );
    const visitors = await exportTo('visitors-list', 'v.csv');
    expect(visitors.code).toBe(0);
    const [vh, ...vr] = parseCsv(await readFile(join(dir.path, 'v.csv'), 'utf8'));
    expect(vh).toContain('first_visit.session_id');
    expect(vr.map((rec) => csvItem('VisitorsListItem', vh as string[], rec))).toEqual(await expected('visitors-list'));
  });

  it('parquet: typed columns (BIGINT, DOUBLE, STRUCT, VARCHAR[], JSON) holding the same items', async () => {
    const r = await exportTo('visitors-list', 'v.parquet');
    expect(r.code, r.stderr).toBe(0);
    const file = join(dir.path, 'v.parquet');
    const types = await duckRows(
      `SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM read_parquet('${file}'))`,
    );
    const typeOf = Object.fromEntries(types.map((t) => [t.column_name, t.column_type]));
    expect(typeOf).toMatchObject({ session_id: 'BIGINT', latitude: 'DOUBLE', javascript: 'BOOLEAN', custom: 'JSON' });
    expect(typeOf.first_visit).toMatch(/^STRUCT\("time" BIGINT, session_id BIGINT\)$/);
    expect(typeOf.goals).toMatch(/completed VARCHAR\[\]/);
    const rows = await duckRows(`SELECT * FROM read_parquet('${file}')`);
    expect(rows.map(rowToItem)).toEqual(await expected('visitors-list'));
    // Only the Parquet file is left: no spool, no state.
    await expect(readFile(`${file}.clicky-spool.ndjson`)).rejects.toMatchObject({ code: 'ENOENT' });
    await expect(readFile(`${file}.clicky-export.json`)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('an export with no items writes a valid empty file in each format', async () => {
    const empty = `${addDays(emu.today, -400)},${addDays(emu.today, -399)}`; // before the emulator's traffic
    for (const [file, check] of [
      ['e.ndjson', (t: string) => expect(t).toBe('')],
      ['e.json', (t: string) => expect(JSON.parse(t)).toEqual([])],
      ['e.csv', (t: string) => expect(parseCsv(t)).toHaveLength(1)],
      ['e.parquet', (t: string) => expect(t.slice(0, 4)).toBe('PAR1')],
    ] as const) {
      const r = await clicky([
        'export',
        'visitors-list',
        ...siteFlags(emu),
        '--date',
        empty,
        '--out',
        join(dir.path, file),
      ]);
      expect(r.code, r.stderr).toBe(0);
      check(await readFile(join(dir.path, file), 'utf8'));
    }
    expect(await duckRows(`SELECT count(*) AS n FROM read_parquet('${join(dir.path, 'e.parquet')}')`)).toEqual([
      { n: 0 },
    ]);
  });
});

describe('clicky export: what it refuses', () => {
  it('will not replace a file it did not start without --overwrite', async () => {
    const file = join(dir.path, 'mine.ndjson');
    await writeFile(file, 'precious\n');
    const r = await clicky(['export', 'visitors-list', ...siteFlags(emu), '--date', range, '--out', file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/mine\.ndjson exists; add --overwrite to replace it/);
    expect(await readFile(file, 'utf8')).toBe('precious\n');
    const over = await clicky([
      'export',
      'visitors-list',
      ...siteFlags(emu),
      '--date',
      range,
      '--out',
      file,
      '--overwrite',
    ]);
    expect(over.code).toBe(0);
    expect((await readFile(file, 'utf8')).split('\n')).toHaveLength((await expected('visitors-list')).length + 1);
  });

  it('will not resume from a state file whose range or cursor was edited', async () => {
    const file = join(dir.path, 'edited.ndjson');
    const state = (range: string, cursor: unknown) => ({
      clicky: 'export',
      version: 1,
      identity: { type: 'visitors-list', date: range, format: 'ndjson', siteId: DEMO_SITE.id, embedded: false },
      range,
      bytes: 0,
      rows: 0,
      pages: 0,
      cursor,
    });
    const tries: [string, unknown][] = [
      ['1999-01-01,2099-12-31', null], // another range than --date names: it would export other days
      ['last-7-days', null], // not a range of days
      [range, { done: false, page: 'x', seen: [] }],
      [range, { done: false, page: 2, seen: 'all' }],
    ];
    for (const [recorded, cursor] of tries) {
      await writeFile(file, '');
      const edited = { ...state(range, cursor), range: recorded };
      await writeFile(`${file}.clicky-export.json`, JSON.stringify(edited));
      const r = await clicky(['export', 'visitors-list', ...siteFlags(emu), '--date', range, '--out', file]);
      expect(r.code, JSON.stringify(edited)).toBe(1);
      expect(r.stderr).toMatch(
        /^clicky: .*edited\.ndjson\.clicky-export\.json (records the range|is not an export state)/m,
      );
      expect(await readFile(file, 'utf8')).toBe('');
    }
  });

  it('says where the problem is when the output cannot be written', async () => {
    const inFile = join(dir.path, 'mine.ndjson', 'out.csv'); // a path through a file
    const r = await clicky(['export', 'visitors-list', ...siteFlags(emu), '--out', inFile]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/cannot write .*out\.csv: .*a part of the path is not a folder \(ENOTDIR\)/);
    const missing = await clicky([
      'export',
      'visitors-list',
      ...siteFlags(emu),
      '--out',
      join(dir.path, 'nope', 'x.csv'),
    ]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/no such file or folder \(ENOENT\)/);
  });

  it('keeps the sitekey out of every file it writes', async () => {
    const file = join(dir.path, 'key.csv');
    const r = await clicky(['export', 'actions-list', ...siteFlags(emu), '--date', range, '--out', file]);
    expect(r.code).toBe(0);
    expect(await readFile(file, 'utf8')).not.toContain(siteFlags(emu)[3]);
  });
});
