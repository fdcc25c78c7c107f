// A hostile server cannot corrupt the archive: items without their key or time, numbers past 2^53, duplicate
// keys, SQL in strings, lone surrogates, wrong kinds of values and date groups with made-up labels are either
// stored as safe values or left out, and an answer that breaks mid-run leaves every committed page in place.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { addDays } from '@clicky-sdk/core';
import { DEMO_SITE, type Emulator } from '@clicky-sdk/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../src/run-cli.ts';
import { cleanEnv, clicky, duckRows, smallEmulator, tempFolder } from './helpers.ts';

let emu: Emulator;
let proxy: Server;
let proxyUrl: string;
let dir: { path: string; remove: () => Promise<void> };

const INJECTION = "x'); DROP TABLE visitors_list; --";

type Wire = { type: string; dates: { date: string; items: Record<string, unknown>[] }[] }[];

/** What the proxy does to the emulator's JSON answers. */
let mode: 'values' | 'refused-item' | 'api-error' | 'none' = 'none';

/**
 * `values`: a first page of visitors-list whose values are hostile but well-formed (SQL, a lone surrogate, a
 * repeated key, control characters) and tally groups with made-up labels. `refused-item`: the first page of the
 * window starting at `refusedFrom` holds an item without its session_id, which no archive row can hold.
 */
function hostile(body: string, url: URL): string {
  const answer = JSON.parse(body) as Wire;
  for (const t of answer) {
    const group = t.dates[0];
    if (group === undefined || group.items.length === 0) continue;
    const good = group.items[0] as Record<string, unknown>;
    if (t.type === 'visitors-list' && (url.searchParams.get('page') ?? '1') === '1' && mode === 'values') {
      group.items = [
        { ...good, ip_address: INJECTION, custom: { note: 'lone \ud800 half', list: ['a', 'b'] } },
        { ...good, actions: '999', geolocation: '\u001b[2J\u0007 bell' },
        ...group.items.slice(1),
      ];
    }
    if (
      t.type === 'visitors-list' &&
      mode === 'refused-item' &&
      url.searchParams.get('date')?.startsWith(refusedFrom)
    ) {
      group.items = [{ ...good, session_id: undefined }, ...group.items.slice(1)];
    }
    if (t.type === 'visitors' && mode === 'values') {
      const item = good;
      t.dates = [
        { date: '2024-13-45', items: [item] },
        { date: '2020-01-01,2020-01-02', items: [item] },
        { date: '1999-01-01', items: [item] },
        ...t.dates,
      ];
    }
  }
  return JSON.stringify(answer);
}

let refusedFrom = '';

/** A control character a terminal would obey (line feed and tab are kept). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is what it is for
const OBEYED = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

/** An API error message that retitles the terminal, hides a link and clears the screen. */
const API_ERROR =
  'Invalid request \u001b]0;owned\u0007\u001b]8;;http://evil.test\u0007here\u001b]8;;\u0007\u001b[2J\r done';

beforeAll(async () => {
  emu = await smallEmulator({}, 20);
  dir = await tempFolder();
  proxy = createServer((req, res) => {
    const url = new URL(req.url ?? '/', emu.url);
    fetch(url)
      .then((r) => r.text())
      .then((body) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        if (mode === 'api-error') res.end(JSON.stringify([{ error: API_ERROR }]));
        else res.end(url.searchParams.get('output') === 'json' ? hostile(body, url) : body);
      })
      .catch(() => res.destroy());
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => proxy.close(resolve));
  await emu.close();
  await dir.remove();
});

const flags = (base: string) => ['--site-id', String(DEMO_SITE.id), '--sitekey', DEMO_SITE.sitekey, '--base-url', base];

describe('a hostile answer', () => {
  it('stores hostile but well-formed values as values, keeps one row per key, leaves out made-up dates', async () => {
    mode = 'values';
    const db = join(dir.path, 'h.duckdb');
    const since = addDays(emu.today, -3);
    const r = await clicky([
      'archive',
      ...flags(proxyUrl),
      '--db',
      db,
      '--types',
      'visitors-list,visitors',
      '--since',
      since,
    ]);
    expect(r.code, r.stderr).toBe(0);
    const rows = await duckRows('SELECT * FROM visitors_list', db);
    // The injection is a value like any other, stored as sent; the lone surrogate became U+FFFD.
    const first = rows.find((row) => row.ip_address === INJECTION);
    expect(first?.custom).toBe(JSON.stringify({ note: 'lone \ufffd half', list: ['a', 'b'] }));
    // The repeated key kept the first (newest) item of the page, not the 999 actions.
    expect(first?.actions).not.toBe(999);
    expect(new Set(rows.map((row) => row.session_id)).size).toBe(rows.length);
    // Tally groups with made-up labels, or outside the range asked, are left out.
    const days = (await duckRows('SELECT date FROM visitors ORDER BY date', db)).map((d) => d.date);
    expect(days).toEqual([0, 1, 2, 3].map((n) => addDays(since, n)));
    const tables = await duckRows('SELECT table_name FROM information_schema.tables ORDER BY 1', db);
    expect(tables.map((t) => t.table_name)).toEqual([
      '_clicky_cursors',
      '_clicky_days',
      '_clicky_meta',
      'visitors',
      'visitors_list',
    ]);
    // A terminal shows control characters from the API as `?`: they cannot clear the screen or ring.
    const shown = await clicky(['stats', ...flags(proxyUrl), '--type', 'visitors-list', '--limit', '3']);
    expect(shown.code, shown.stderr).toBe(0);
    expect(shown.stdout).toContain('?[2J? bell');
    expect(shown.stdout).not.toContain('\u001b');
    mode = 'none';
  });

  it('an item without its key is left out and said so; every other item is stored', async () => {
    // The decoders keep such an item (with a problem) rather than lose its page; no row can hold it.
    mode = 'refused-item';
    const since = addDays(emu.today, -40);
    refusedFrom = since; // the oldest window, read after the newest
    const run = (db: string) =>
      clicky(['archive', ...flags(proxyUrl), '--db', db, '--types', 'visitors-list', '--since', since]);
    const db = join(dir.path, 'refused.duckdb');
    const r = await run(db);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/^clicky archive: 1 items left out: they lacked a field every row needs$/m);
    mode = 'none';
    const whole = join(dir.path, 'whole.duckdb');
    expect((await run(whole)).code).toBe(0);
    // In the oldest window (long past, so both runs read the same items) exactly the keyless item is missing.
    const ids = async (file: string) =>
      (
        await duckRows(
          `SELECT session_id FROM visitors_list WHERE time < epoch(DATE '${addDays(since, 31)}') ORDER BY 1`,
          file,
        )
      ).map((row) => row.session_id);
    const stored = await ids(db);
    const all = await ids(whole);
    expect(all.length).toBeGreaterThan(1);
    expect(all.filter((id) => !stored.includes(id))).toHaveLength(1);
    expect(stored.filter((id) => !all.includes(id))).toEqual([]);
    expect(await duckRows('SELECT count(*) AS n FROM _clicky_days', db)).toEqual(
      await duckRows('SELECT count(*) AS n FROM _clicky_days', whole),
    );
  }, 120_000);

  it('a body that breaks mid-run fails with exit 1, keeps the pages stored before it, and a re-run finishes', async () => {
    const db = join(dir.path, 'broken.duckdb');
    const since = addDays(emu.today, -60);
    const remove = emu.faults.add({ match: { type: 'actions-list' }, after: 1, malformed: true });
    const broken = await clicky([
      'archive',
      ...flags(emu.url),
      '--db',
      db,
      '--types',
      'actions-list',
      '--since',
      since,
    ]);
    remove();
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/^clicky: Could not decode the json body/m);
    const kept = await duckRows('SELECT count(*) AS n FROM actions_list', db);
    expect(kept[0]?.n).toBe(1000);
    const again = await clicky(['archive', ...flags(emu.url), '--db', db, '--types', 'actions-list', '--since', since]);
    expect(again.code, again.stderr).toBe(0);
    const whole = await clicky([
      'archive',
      ...flags(emu.url),
      '--db',
      join(dir.path, 'whole.duckdb'),
      '--types',
      'actions-list',
      '--since',
      since,
    ]);
    expect(whole.code).toBe(0);
    const all = (f: string) => duckRows('SELECT * FROM actions_list ORDER BY row_key', join(dir.path, f));
    expect(await all('broken.duckdb')).toEqual(await all('whole.duckdb'));
  }, 120_000);

  it("an API error's message is printed with its control characters neutralised, and without the sitekey", async () => {
    mode = 'api-error';
    const r = await clicky(['stats', ...flags(proxyUrl), '--type', 'visitors']);
    mode = 'none';
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Invalid request ?]0;owned??]8;;http://evil.test?here?]8;;??[2J? done');
    expect(r.stderr).not.toMatch(OBEYED);
    expect(r.stderr).not.toContain(DEMO_SITE.sitekey);
  });

  it('CSV on a terminal shows control characters as `?`; CSV into a file or a pipe keeps them exactly', async () => {
    mode = 'values';
    const csvTo = async (isTTY: boolean) => {
      let out = '';
      const stdout = { isTTY, write: (s: string) => (out += s) };
      const stderr = { write: () => true };
      const args = ['stats', ...flags(proxyUrl), '--type', 'visitors-list', '--limit', '3', '--format', 'csv'];
      expect(await runCli(['node', 'clicky', ...args], { stdout, stderr, env: cleanEnv() })).toBe(0);
      return out;
    };
    const shown = await csvTo(true);
    const piped = await csvTo(false);
    mode = 'none';
    expect(piped).toContain('\u001b[2J\u0007 bell');
    expect(shown).toContain('?[2J? bell');
    expect(shown).not.toMatch(OBEYED);
    expect(shown.split('\n')).toHaveLength(piped.split('\n').length);
  });
});
