// `clicky archive` and `clicky query` against the emulator: tables that hold exactly the API's answer, a second
// run that reads only today and adds no duplicate, an archive killed mid-way (SIGKILL) that resumes to the same
// tables as an uninterrupted one, Parquet files equal to the tables, and query's formats and read-only access.
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { addDays } from '@clicky-sdk/core';
import type { Emulator } from '@clicky-sdk/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  clicky,
  duckRows,
  parseCsv,
  rowToItem,
  sdkClient,
  siteFlags,
  smallEmulator,
  startClicky,
  tempFolder,
  until,
} from './helpers.ts';

let emu: Emulator;
let dir: { path: string; remove: () => Promise<void> };
let since: string;
const TYPES = 'visitors-list,actions-list,visitors,bounce-rate,pages,countries';

beforeAll(async () => {
  emu = await smallEmulator();
  dir = await tempFolder();
  since = addDays(emu.today, -40); // two windows
});
afterAll(async () => {
  await emu.close();
  await dir.remove();
});

const archive = (db: string, ...extra: string[]) => [
  'archive',
  ...siteFlags(emu),
  '--db',
  join(dir.path, db),
  '--types',
  TYPES,
  '--since',
  since,
  ...extra,
];

/** Every table of an archive, each ordered by its key, to compare two archives row for row. */
async function tables(db: string): Promise<Record<string, unknown[]>> {
  const file = join(dir.path, db);
  const out: Record<string, unknown[]> = {};
  for (const [table, key] of [
    ['visitors_list', 'session_id'],
    ['actions_list', 'row_key'],
    ['visitors', 'date'],
    ['bounce_rate', 'date'],
    ['pages', 'date, title'],
    ['countries', 'date, title'],
    ['_clicky_days', 'type, date'],
  ] as const)
    out[table] = await duckRows(`SELECT * FROM ${table} ORDER BY ${key}`, file);
  return out;
}

describe('clicky archive', () => {
  it('stores exactly what the API answers, one row per key, and a second run reads only today', async () => {
    const first = await clicky(archive('a.duckdb'));
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/^Archive .*a\.duckdb \(site 32020\):\ntable\s+rows\s+new\n/);
    const t = await tables('a.duckdb');
    const sdk = sdkClient(emu);
    const range = `${since},${emu.today}`;
    const items: Record<string, unknown>[] = [];
    for await (const v of sdk.paginate('visitors-list', { date: range })) items.push(JSON.parse(JSON.stringify(v)));
    const ids = items.map((v) => v.session_id as number);
    const daily = await sdk.visitors({ date: `${addDays(emu.today, -30)},${emu.today}`, daily: true });
    await sdk.close();
    expect(t.visitors_list?.map((r) => (r as { session_id: number }).session_id)).toEqual(
      [...ids].sort((a, b) => a - b),
    );
    // Each row is its item, field for field.
    const bySession = new Map(items.map((v) => [v.session_id, v]));
    for (const row of t.visitors_list as Record<string, unknown>[])
      expect(rowToItem(row)).toEqual(bySession.get(row.session_id));
    const byDate = new Map(t.visitors?.map((r) => [(r as { date: string }).date, (r as { value: number }).value]));
    for (const g of daily) expect(byDate.get(g.date), g.date).toBe(g.items[0]?.value);
    expect(t.actions_list?.length).toBeGreaterThan(ids.length);
    // Days before today are complete for every type; today is not.
    const days = (t._clicky_days as { type: string; date: string }[]).filter((d) => d.type === 'visitors-list');
    expect(days.map((d) => d.date)).toHaveLength(40);
    expect(days.some((d) => d.date === emu.today)).toBe(false);

    const second = await clicky(archive('a.duckdb'));
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toMatch(/visitors_list\s+[\d,]+\s+\+0\n/);
    // Only today's window was read, for each kind of type.
    const read = [...second.stderr.matchAll(/^archive [^:]+: [\d,]+ rows \(([\d,-]+)/gm)].map((m) => m[1]);
    expect(read.length).toBeGreaterThanOrEqual(4); // visitors-list, actions-list, the tallies, the popular types
    expect(new Set(read)).toEqual(new Set([emu.today]));
    expect(await tables('a.duckdb')).toEqual(t);
  }, 180_000);

  it('killed (SIGKILL) mid-way and run again, ends with the same tables as an uninterrupted run', async () => {
    const whole = await clicky(archive('whole.duckdb'));
    expect(whole.code, whole.stderr).toBe(0);
    const remove = emu.faults.add({ match: { type: 'actions-list' }, latencyMs: 300 });
    const run = startClicky(archive('killed.duckdb'));
    try {
      // The oldest window (31 days from --since) has several pages of actions: stop it after its second.
      const secondPage = new RegExp(`archive actions-list: [\\d,]+ rows \\(${since},[\\d-]+ page 2\\)`);
      await until(() => secondPage.test(run.stderr()), 60_000, 'two pages of the oldest window');
      run.child.kill('SIGKILL');
      expect((await run.done).signal).toBe('SIGKILL');
    } finally {
      remove();
    }
    const kept = await duckRows('SELECT count(*) AS n FROM _clicky_cursors', join(dir.path, 'killed.duckdb'));
    expect(kept).toEqual([{ n: 1 }]); // where actions-list stood is kept with its pages
    const again = await clicky(archive('killed.duckdb'));
    expect(again.code, again.stderr).toBe(0);
    // It went on from the cursor: the window it was in starts at page 3, not page 1.
    expect(again.stderr).toMatch(new RegExp(`archive actions-list: [\\d,]+ rows \\(${since},[\\d-]+ page 3\\)`));
    expect(again.stderr).not.toMatch(new RegExp(`\\(${since},[\\d-]+ page 1\\)`));
    expect(await tables('killed.duckdb')).toEqual(await tables('whole.duckdb'));
  }, 180_000);

  it('--parquet DIR writes each table as a Parquet file holding the same rows', async () => {
    const out = join(dir.path, 'pq');
    const r = await clicky(archive('a.duckdb', '--parquet', out));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/Parquet: 6 files in .*pq/);
    expect((await readdir(out)).sort()).toEqual(
      ['actions_list', 'bounce_rate', 'countries', 'pages', 'visitors', 'visitors_list'].map((t) => `${t}.parquet`),
    );
    const db = join(dir.path, 'a.duckdb');
    expect(await duckRows(`SELECT * FROM read_parquet('${join(out, 'visitors_list.parquet')}')`)).toEqual(
      await duckRows('SELECT * FROM visitors_list ORDER BY session_id', db),
    );
    expect(await duckRows(`SELECT * FROM read_parquet('${join(out, 'pages.parquet')}')`)).toEqual(
      await duckRows('SELECT * FROM pages ORDER BY date, title', db),
    );
  }, 120_000);

  it('refuses an archive of another site, and never stores the sitekey', async () => {
    const other = await clicky([
      'archive',
      '--site-id',
      '77',
      '--sitekey',
      'abcdefabcdef1234',
      '--base-url',
      emu.url,
      '--db',
      join(dir.path, 'a.duckdb'),
    ]);
    expect(other.code).toBe(1);
    expect(other.stderr).toMatch(/a\.duckdb archives site 32020, not site 77; give another --db/);
    const bytes = await readFile(join(dir.path, 'a.duckdb'));
    expect(bytes.includes(siteFlags(emu)[3] as string)).toBe(false);
  });
});

describe('clicky archive --db', () => {
  it('names a local file, even when it reads as a DuckDB location (:memory:, md:, https://)', async () => {
    const since = addDays(emu.today, -2);
    for (const name of [':memory:', 'md:archive']) {
      const r = await clicky(['archive', ...siteFlags(emu), '--db', name, '--types', 'visitors', '--since', since], {
        cwd: dir.path,
      });
      expect(r.code, `${name}: ${r.stderr}`).toBe(0);
      const rows = await duckRows('SELECT count(*) AS n FROM visitors', join(dir.path, name));
      expect(rows[0]?.n, name).toBe(3);
    }
    // A URL is a path of folders that do not exist here: a clear error, no extension fetched to reach a server.
    const url = await clicky(['archive', ...siteFlags(emu), '--db', 'https://127.0.0.1:9/a.duckdb'], { cwd: dir.path });
    expect(url.code).toBe(1);
    expect(url.stderr).toMatch(/^clicky: cannot open the database https:\/\/127\.0\.0\.1:9\/a\.duckdb: /m);
    expect(url.stderr).not.toMatch(/extension/i);
  });
});

describe('clicky query', () => {
  const db = () => join(dir.path, 'a.duckdb');

  it('prints a table with numbers right-aligned and a row count', async () => {
    const r = await clicky([
      'query',
      'select country_code, count(*) as visits from visitors_list group by 1 order by 2 desc, 1 limit 3',
      '--db',
      db(),
    ]);
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^country_code\s+visits$/);
    expect(lines).toHaveLength(5);
    expect(lines[4]).toBe('(3 rows)');
    for (const line of lines.slice(1, 4)) expect(line).toMatch(/^[a-z]{2}\s+\d+$/);
    expect(new Set(lines.slice(0, 4).map((l) => l.length)).size).toBe(1); // right-aligned to the header's width
  });

  it('--format json and csv give the same rows', async () => {
    const sql = 'select date, value from visitors order by date desc limit 5';
    const json = await clicky(['query', sql, '--db', db(), '--format', 'json']);
    const csv = await clicky(['query', sql, '--db', db(), '--format', 'csv']);
    expect(json.code).toBe(0);
    const rows = JSON.parse(json.stdout) as { date: string; value: number }[];
    expect(rows).toHaveLength(5);
    expect(rows[0]?.date).toBe(emu.today);
    expect(parseCsv(csv.stdout)).toEqual([['date', 'value'], ...rows.map((r) => [r.date, String(r.value)])]);
  });

  it('runs only SELECTs: no file written, no database attached, no extension installed, even after a SELECT', async () => {
    const made = (name: string) => join(dir.path, name);
    const attempts = [
      `copy (select * from visitors_list) to '${made('copied.csv')}'`,
      `select 1; export database '${made('exported')}'`,
      `attach '${made('attached.duckdb')}' as other`,
      'install httpfs',
      'set threads = 1',
    ];
    for (const sql of attempts) {
      const r = await clicky(['query', sql, '--db', db()]);
      expect(r.code, sql).toBe(1);
      expect(r.stderr).toMatch(/^clicky: query failed: the archive is opened read-only: only SELECT statements run/m);
      expect(r.stdout).toBe('');
    }
    for (const name of ['copied.csv', 'exported', 'attached.duckdb']) expect(existsSync(made(name)), name).toBe(false);
    // Reading is a SELECT like any other: the user's own files (a Parquet export, a CSV) can be joined in.
    const read = await clicky(['query', `select count(*) as n from read_text('${db()}')`, '--db', db()]);
    expect(read.code, read.stderr).toBe(0);
    expect(read.stdout).toMatch(/^\s*n\n\s*1\n/);
  });

  it('--format json prints counts and sums as numbers, and text only for a number JSON cannot hold', async () => {
    const sql =
      'select count(*) as n, sum(value) as total, 9007199254740993::bigint as big, 1.50::decimal(5,2) as d from visitors';
    const r = await clicky(['query', sql, '--db', db(), '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const [row] = JSON.parse(r.stdout) as Record<string, unknown>[];
    const [want] = await duckRows('select count(*) as n, sum(value) as total from visitors', db());
    expect(row).toEqual({ n: want?.n, total: want?.total, big: '9007199254740993', d: 1.5 });
    expect(typeof row?.n).toBe('number');
  });

  it('stops quietly with exit 0 when the reader closes the pipe early (`| head`)', async () => {
    const run = startClicky(['query', 'select * from range(200000)', '--db', db(), '--format', 'csv']);
    run.child.stdout?.once('data', () => run.child.stdout?.destroy());
    const r = await run.done;
    expect(r.stderr).not.toMatch(/EPIPE|Unhandled|at /);
    expect(r.code).toBe(0);
  });

  it('opens the archive read-only, and reports SQL errors and a missing archive with exit 1', async () => {
    const write = await clicky(['query', 'delete from visitors_list', '--db', db()]);
    expect(write.code).toBe(1);
    expect(write.stderr).toMatch(/query failed: .*read-only/i);
    const bad = await clicky(['query', 'select nope from visitors_list', '--db', db()]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/query failed: .*nope/);
    const none = await clicky(['query', 'select 1', '--db', join(dir.path, 'none.duckdb')]);
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/no archive at .*none\.duckdb: run `clicky archive --db/);
    const count = await duckRows('SELECT count(*) AS n FROM visitors_list', db());
    expect(count[0]?.n).toBeGreaterThan(0);
  });
});
