// An export killed mid-way (SIGKILL, at any page; or stopped with Ctrl-C) and run again ends with the same bytes
// as an export that was never interrupted: no row repeated, none lost. The emulator is slowed so that each kill
// lands between pages; a page written but not yet recorded (the crash window) is simulated by appending bytes.
import { appendFile, readFile, stat, truncate } from 'node:fs/promises';
import { join } from 'node:path';
import { addDays } from '@clicky-sdk/core';
import type { Emulator } from '@clicky-sdk/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clicky, duckRows, siteFlags, smallEmulator, startClicky, tempFolder, until } from './helpers.ts';

let emu: Emulator;
let dir: { path: string; remove: () => Promise<void> };
let range: string;

beforeAll(async () => {
  emu = await smallEmulator();
  dir = await tempFolder();
  range = `${addDays(emu.today, -45)},${addDays(emu.today, -5)}`;
});
afterAll(async () => {
  await emu.close();
  await dir.remove();
});

const args = (file: string) => [
  'export',
  'actions-list',
  ...siteFlags(emu),
  '--date',
  range,
  '--out',
  join(dir.path, file),
];

/** Pages recorded in the state file so far (0 before it exists). */
async function pagesDone(file: string): Promise<number> {
  try {
    return JSON.parse(await readFile(join(dir.path, `${file}.clicky-export.json`), 'utf8')).pages as number;
  } catch {
    return 0;
  }
}

/** Starts the export slowed down, waits until `pages` pages are recorded, then kills it with `signal`. */
async function interrupt(file: string, pages: number, signal: NodeJS.Signals) {
  const remove = emu.faults.add({ match: { type: 'actions-list' }, latencyMs: 250 });
  try {
    const run = startClicky(args(file));
    await until(async () => (await pagesDone(file)) >= pages, 45_000, `${pages} pages of ${file}`);
    run.child.kill(signal);
    const done = await run.done;
    // Killed mid-way: the export was not finished, so its state is still there.
    expect(await pagesDone(file)).toBeGreaterThanOrEqual(pages);
    return done;
  } finally {
    remove();
  }
}

describe('an interrupted export resumes without repeating or losing a row', () => {
  const reference = new Map<string, Buffer>();
  beforeAll(async () => {
    for (const file of ['ref.csv', 'ref.json', 'ref.ndjson']) {
      const r = await clicky(args(file));
      expect(r.code, r.stderr).toBe(0);
      reference.set(file.slice(4), await readFile(join(dir.path, file)));
    }
    expect((reference.get('csv') ?? Buffer.alloc(0)).toString().split('\n').length).toBeGreaterThan(3000);
  }, 120_000);

  it.each(['csv', 'json', 'ndjson'])(
    '%s: killed (SIGKILL) twice, at different pages, then run to the end',
    async (ext) => {
      const file = `killed.${ext}`;
      const first = await interrupt(file, 1, 'SIGKILL');
      expect(first.signal).toBe('SIGKILL');
      // The crash window: a page's bytes reached the file, its state did not. The resume cuts them off.
      await appendFile(join(dir.path, file), ext === 'csv' ? '1,half a row' : '{"time":1,');
      const second = await interrupt(file, 3, 'SIGKILL');
      expect(second.signal).toBe('SIGKILL');
      expect(second.stderr).toMatch(/resuming .*killed\.\w+: \d+ rows already written/);
      const last = await clicky(args(file));
      expect(last.code, last.stderr).toBe(0);
      expect((await readFile(join(dir.path, file))).equals(reference.get(ext) as Buffer)).toBe(true);
      await expect(stat(join(dir.path, `${file}.clicky-export.json`))).rejects.toMatchObject({ code: 'ENOENT' });
    },
    120_000,
  );

  it('parquet: killed mid-way, then resumed, holds the same rows as an uninterrupted export', async () => {
    const whole = await clicky(args('ref.parquet'));
    expect(whole.code, whole.stderr).toBe(0);
    const killed = await interrupt('killed.parquet', 2, 'SIGKILL');
    expect(killed.signal).toBe('SIGKILL');
    const last = await clicky(args('killed.parquet'));
    expect(last.code, last.stderr).toBe(0);
    const read = (f: string) => duckRows(`SELECT * FROM read_parquet('${join(dir.path, f)}')`);
    const [a, b] = [await read('ref.parquet'), await read('killed.parquet')];
    expect(b.length).toBe(a.length);
    expect(b).toEqual(a);
  }, 120_000);

  it('Ctrl-C stops at the next page with exit 130 and a resume hint; the same command finishes the file', async () => {
    const file = 'stopped.csv';
    const stopped = await interrupt(file, 1, 'SIGINT');
    expect(stopped.code).toBe(130);
    expect(stopped.stderr).toMatch(
      /interrupted: \d+ rows are safe in .*stopped\.csv; run the same command again to resume/,
    );
    const last = await clicky(args(file));
    expect(last.code, last.stderr).toBe(0);
    expect((await readFile(join(dir.path, file))).equals(reference.get('csv') as Buffer)).toBe(true);
  }, 120_000);

  it('refuses to resume with other flags, and names the command that would', async () => {
    const file = 'other.csv';
    await interrupt(file, 1, 'SIGKILL');
    const other = await clicky([...args(file).slice(0, -4), '--date', 'last-3-days', '--out', join(dir.path, file)]);
    expect(other.code).toBe(1);
    expect(other.stderr).toMatch(
      new RegExp(`belongs to an unfinished export of actions-list --date ${range} --format csv .*--overwrite`),
    );
    const fresh = await clicky([...args(file), '--overwrite']);
    expect(fresh.code).toBe(0);
    expect((await readFile(join(dir.path, file))).equals(reference.get('csv') as Buffer)).toBe(true);
  }, 120_000);

  it('refuses a file cut shorter than what was recorded', async () => {
    const file = 'cut.ndjson';
    await interrupt(file, 2, 'SIGKILL');
    await truncate(join(dir.path, file), 10);
    const r = await clicky(args(file));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/no longer holds what the unfinished export wrote .*--overwrite/);
  }, 120_000);
});
