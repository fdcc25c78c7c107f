// What the CLI tests share: running the built `clicky` bin as a user would, an emulator with small traffic, the
// SDK's own answer to compare with, and readers for what the CLI wrote (CSV, Parquet through DuckDB).
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEMO_SITE, type Emulator, type EmulatorOptions, startEmulator } from '@clicky-sdk/emulator';
import { createClient } from '@clicky-sdk/node';
import { DuckDBInstance } from '@duckdb/node-api';

const here = dirname(fileURLToPath(import.meta.url));
export const BIN = join(here, '../dist/cli.js');

export interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Environment for the bin: no credentials from the machine, no colour unless a test asks. */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', ...extra };
  for (const name of ['CLICKY_SITE_ID', 'CLICKY_SITEKEY', 'CLICKY_BASE_URL', 'FORCE_COLOR'])
    if (!(name in extra)) delete env[name];
  if ('FORCE_COLOR' in extra) delete env.NO_COLOR;
  return env;
}

/** Starts the bin; the caller waits on `done` (and may kill it meanwhile). */
export function startClicky(
  args: readonly string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): { child: ChildProcess; done: Promise<Run>; stderr: () => string } {
  const child = spawn(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? tmpdir(),
    env: options.env ?? cleanEnv(),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (d: string) => {
    stdout += d;
  });
  child.stderr?.setEncoding('utf8').on('data', (d: string) => {
    stderr += d;
  });
  const done = new Promise<Run>((resolve) => {
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
  return { child, done, stderr: () => stderr };
}

/** Runs the bin to the end. */
export function clicky(args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<Run> {
  return startClicky(args, options).done;
}

/** The flags that point the bin at an emulator's demo site. */
export const siteFlags = (emu: Emulator): string[] => [
  '--site-id',
  String(DEMO_SITE.id),
  '--sitekey',
  DEMO_SITE.sitekey,
  '--base-url',
  emu.url,
];

/** An emulator with little traffic: tests where size does not matter stay fast. */
export function smallEmulator(options: EmulatorOptions = {}, visitorsPerDay = 40): Promise<Emulator> {
  return startEmulator({ seed: 7, days: 70, sites: [{ ...DEMO_SITE, visitorsPerDay }], ...options });
}

/** The SDK's own client on the same emulator: the answer the CLI's output is compared with. */
export function sdkClient(emu: Emulator) {
  return createClient({ siteId: DEMO_SITE.id, sitekey: DEMO_SITE.sitekey, baseUrl: emu.url });
}

export async function tempFolder(): Promise<{ path: string; remove: () => Promise<void> }> {
  const path = await mkdtemp(join(tmpdir(), 'clicky-cli-'));
  return { path, remove: () => rm(path, { recursive: true, force: true }) };
}

/** Rows of a query, JSON-compatible (BIGINT as a number when it fits). */
export async function duckRows(sql: string, file = ':memory:'): Promise<Record<string, unknown>[]> {
  const instance = await DuckDBInstance.create(file, file === ':memory:' ? {} : { access_mode: 'READ_ONLY' });
  const connection = await instance.connect();
  try {
    const result = await connection.runAndReadAll(sql);
    return result.getRowObjectsJS().map((row) => fromDuck(row) as Record<string, unknown>);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

function fromDuck(v: unknown): unknown {
  if (typeof v === 'bigint') return Number(v);
  if (v instanceof Date) {
    const iso = v.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
  }
  if (Array.isArray(v)) return v.map(fromDuck);
  if (v !== null && typeof v === 'object') {
    if (v.constructor !== Object) return String(v);
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, fromDuck(x)]));
  }
  return v;
}

/** RFC 4180 records: quoted cells may hold commas, quotes (doubled) and line breaks. */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      record.push(cell);
      cell = '';
    } else if (c === '\n') {
      record.push(cell);
      records.push(record);
      record = [];
      cell = '';
    } else cell += c;
  }
  if (cell !== '' || record.length > 0) records.push([...record, cell]);
  return records;
}

/** Waits until `check` is true, polling; fails after `ms`. */
export async function until(check: () => Promise<boolean> | boolean, ms: number, what: string): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** A DuckDB or Parquet row back into an item: nulls are absent fields, custom data is JSON text. */
export function rowToItem(row: Record<string, unknown>): Record<string, unknown> {
  const item: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) {
    if (v === null) continue;
    if (k === 'custom') item[k] = JSON.parse(String(v));
    else if (typeof v === 'object' && !Array.isArray(v)) {
      const nested = rowToItem(v as Record<string, unknown>);
      if (Object.keys(nested).length > 0) item[k] = nested;
    } else item[k] = v;
  }
  return item;
}
