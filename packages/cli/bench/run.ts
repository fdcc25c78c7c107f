// `pnpm bench` for the CLI: `clicky export` and `clicky archive` of 10k and 100k visitors from the emulator
// (rows/s, and peak RSS of the 100k run against the 10k run: memory stays flat when the ratio stays near 1),
// then `clicky query` over the 100k archive. Each command runs as its own process, as a user runs it; its peak
// RSS is the kernel's high-water mark (VmHWM in /proc/PID/status, so Linux only), read until it exits.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addDays } from '@clicky-sdk/core';
import { DEMO_SITE, startEmulator } from '@clicky-sdk/emulator';
import { DuckDBInstance } from '@duckdb/node-api';

const here = dirname(fileURLToPath(import.meta.url));
const bin = join(here, '../dist/cli.js');

interface Measure {
  ms: number;
  peakRssBytes: number;
  stdout: string;
}

async function highWater(pid: number): Promise<number> {
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    return Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
  } catch {
    return 0;
  }
}

/** Runs `clicky ARGS` (or another script) to the end; its wall time and peak RSS. The emulator answers from here. */
function measure(args: string[], cwd: string, script: string[] = [bin]): Promise<Measure> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [...script, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let peak = 0;
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      stdout += d;
    });
    child.stderr.setEncoding('utf8').on('data', (d: string) => {
      stderr += d;
    });
    const poll = setInterval(async () => {
      peak = Math.max(peak, await highWater(child.pid as number));
    }, 20);
    child.on('close', (code) => {
      clearInterval(poll);
      const ms = performance.now() - started;
      if (code !== 0) reject(new Error(`clicky ${args.join(' ')} exited ${code}: ${stderr}`));
      else resolve({ ms, peakRssBytes: peak, stdout });
    });
  });
}

const emu = await startEmulator({ seed: 1, days: 31, sites: [{ ...DEMO_SITE, visitorsPerDay: 3300 }] });
const site = ['--site-id', String(DEMO_SITE.id), '--sitekey', DEMO_SITE.sitekey, '--base-url', emu.url];
// The emulator makes a site's traffic on its first request: make it before timing anything.
await fetch(`${emu.url}/api/stats/4?site_id=${DEMO_SITE.id}&sitekey=${DEMO_SITE.sitekey}&type=visitors`);
const work = await mkdtemp(join(tmpdir(), 'clicky-bench-'));
const sizes = {
  '10k': `${addDays(emu.today, -2)},${emu.today}`,
  '100k': `${addDays(emu.today, -30)},${emu.today}`,
} as const;
const QUERIES = [
  'select count(*) from visitors_list',
  'select country_code, count(*) as visits, avg(actions) as actions from visitors_list group by 1 order by 2 desc',
  "select date_trunc('hour', to_timestamp(time)) as hour, count(*) from visitors_list group by 1 order by 1",
];
const mb = (b: number): string => `${(b / 1e6).toFixed(0)} MB`;
const rate = (rows: number, ms: number): string => `${Math.round((rows / ms) * 1000).toLocaleString('en-US')} rows/s`;

try {
  console.log('\nbaseline: paginate() of @clicky-sdk/node alone, nothing written (its own process)');
  const baseline: Record<string, number> = {};
  for (const [size, date] of Object.entries(sizes)) {
    const paginate = ['--import', 'tsx', join(here, 'paginate.ts')];
    const m = await measure([emu.url, String(DEMO_SITE.id), DEMO_SITE.sitekey, date], join(here, '..'), paginate);
    const rows = Number(m.stdout.trim());
    baseline[size] = m.ms;
    console.log(
      `  paginate()      ${size.padEnd(5)} ${String(rows).padStart(8)} rows  ${(m.ms / 1000).toFixed(1).padStart(6)} s  ${rate(rows, m.ms).padStart(16)}  peak RSS ${mb(m.peakRssBytes)}`,
    );
  }
  console.log('\nclicky export / archive of visitors-list (each run its own process, emulator on loopback)');
  const peaks: Record<string, Record<string, number>> = {};
  for (const [what, args] of [
    [
      'export ndjson',
      (size: string, date: string) => ['export', 'visitors-list', '--date', date, '--out', `v-${size}.ndjson`],
    ],
    [
      'export parquet',
      (size: string, date: string) => ['export', 'visitors-list', '--date', date, '--out', `v-${size}.parquet`],
    ],
    [
      'archive',
      (size: string, date: string) => [
        'archive',
        '--db',
        `a-${size}.duckdb`,
        '--types',
        'visitors-list',
        '--since',
        date.split(',')[0] as string,
      ],
    ],
  ] as const) {
    if (process.env.BENCH_ONLY !== undefined && !what.includes(process.env.BENCH_ONLY)) continue;
    peaks[what] = {};
    for (const [size, date] of Object.entries(sizes)) {
      const m = await measure([...args(size, date), ...site], work);
      const rows =
        what === 'archive'
          ? Number(/visitors_list\s+([\d,]+)/.exec(m.stdout)?.[1]?.replace(/,/g, ''))
          : (await readFile(join(work, `v-${size}.ndjson`), 'utf8').catch(() => '')).split('\n').length - 1;
      const shown = what === 'export parquet' ? Number.NaN : rows;
      (peaks[what] as Record<string, number>)[size] = m.peakRssBytes;
      console.log(
        `  ${what.padEnd(15)} ${size.padEnd(5)} ${Number.isNaN(shown) ? ''.padStart(8) : String(rows).padStart(8)} rows  ${(m.ms / 1000).toFixed(1).padStart(6)} s  ${Number.isNaN(shown) ? ''.padStart(16) : rate(rows, m.ms).padStart(16)}  peak RSS ${mb(m.peakRssBytes)}  time ${(m.ms / (baseline[size] ?? m.ms)).toFixed(2)}x paginate()`,
      );
    }
    const p = peaks[what] as Record<string, number>;
    console.log(`  ${what.padEnd(15)} peak RSS 100k / 10k: ${((p['100k'] ?? 0) / (p['10k'] ?? 1)).toFixed(2)}x`);
  }
  if (process.env.BENCH_ONLY !== undefined) process.exit(0);
  console.log('\nclicky query over the 100k archive (process start to exit, median of 5)');
  for (const sql of QUERIES) {
    const times: number[] = [];
    for (let i = 0; i < 5; i++) times.push((await measure(['query', sql, '--db', 'a-100k.duckdb'], work)).ms);
    const median = [...times].sort((a, b) => a - b)[2] as number;
    console.log(`  ${median.toFixed(0).padStart(5)} ms  ${sql}`);
  }
  const startup = (await measure(['query', 'select 1', '--db', 'a-100k.duckdb'], work)).ms;
  console.log(`  ${startup.toFixed(0).padStart(5)} ms  select 1 (starting the process and opening the archive)`);
  console.log('\nthe same queries inside DuckDB, the archive open (median of 5)');
  const instance = await DuckDBInstance.create(join(work, 'a-100k.duckdb'), { access_mode: 'READ_ONLY', threads: '2' });
  const connection = await instance.connect();
  for (const sql of QUERIES) {
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t = performance.now();
      await connection.runAndReadAll(sql);
      times.push(performance.now() - t);
    }
    console.log(`  ${([...times].sort((a, b) => a - b)[2] as number).toFixed(1).padStart(7)} ms  ${sql}`);
  }
  connection.closeSync();
  instance.closeSync();
} finally {
  await emu.close();
  await rm(work, { recursive: true, force: true });
}
