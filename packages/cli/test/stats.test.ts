// `clicky stats` against the emulator: the table (aligned, numbers right-aligned, trends coloured only when
// colour is on), JSON equal to the SDK's own answer, CSV that reads back to it, API errors, the embedded emulator.
import { DATA_TYPES } from '@clicky-sdk/core';
import { DEMO_SITE, type Emulator } from '@clicky-sdk/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanEnv, clicky, parseCsv, sdkClient, siteFlags, smallEmulator } from './helpers.ts';

let emu: Emulator;
beforeAll(async () => {
  emu = await smallEmulator();
});
afterAll(() => emu.close());

const ESC = '\u001b[';

describe('clicky stats', () => {
  it('prints aligned tables: tallies side by side by date, numbers right-aligned, then each other type', async () => {
    const r = await clicky([
      'stats',
      ...siteFlags(emu),
      '--type',
      'visitors,actions,pages',
      '--date',
      'last-7-days',
      '--daily',
      '--limit',
      '3',
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).not.toContain(ESC);
    const [tallies, pages] = r.stdout.split('\n\n');
    const lines = (tallies ?? '').split('\n').filter(Boolean);
    expect(lines[0]).toBe('tallies');
    expect(lines[1]).toMatch(/^date\s+visitors\s+trend\s+actions\s+trend$/);
    expect(lines).toHaveLength(2 + 7);
    // Right-aligned: every row's visitors value ends where the header's "visitors" ends.
    const end = (lines[1] as string).indexOf('visitors') + 'visitors'.length;
    for (const line of lines.slice(2)) expect(line.slice(0, end)).toMatch(/\d$/);
    const sdk = sdkClient(emu);
    const expected = await sdk.visitors({ date: 'last-7-days', daily: true });
    await sdk.close();
    const shown = lines.slice(2).map((l) => [l.slice(0, 10), Number(l.slice(10, end).trim().replace(/,/g, ''))]);
    expect(shown).toEqual(expected.map((g) => [g.date, g.items[0]?.value]));
    expect(pages).toMatch(/^pages\ndate\s+title\s+value\s+value_percent\s+trend\n/);
  });

  it('colours trends green and red when colour is forced, and never when NO_COLOR is set', async () => {
    const args = ['stats', ...siteFlags(emu), '--type', 'visitors,pages', '--date', 'last-30-days', '--daily'];
    const coloured = await clicky(args, { env: cleanEnv({ FORCE_COLOR: '1' }) });
    expect(coloured.code).toBe(0);
    const sgr = (code: number) => `${ESC.replace('[', '\\[')}${code}m`;
    expect(coloured.stdout).toMatch(new RegExp(`${sgr(32)}\\s*\\+[\\d.,]+%${sgr(39)}`));
    expect(coloured.stdout).toMatch(new RegExp(`${sgr(31)}\\s*-[\\d.,]+%${sgr(39)}`));
    const plain = await clicky(args, { env: cleanEnv({ NO_COLOR: '1' }) });
    expect(plain.stdout).not.toContain(ESC);
    expect(plain.stdout.replace(/\s+/g, ' ')).toBe(
      coloured.stdout.replace(new RegExp(`${sgr(0).slice(0, -2)}\\d+m`, 'g'), '').replace(/\s+/g, ' '),
    );
  });

  it('--format json prints exactly what the SDK answers', async () => {
    const r = await clicky([
      'stats',
      ...siteFlags(emu),
      '--type',
      'visitors,countries',
      '--date',
      'last-7-days',
      '--limit',
      'all',
      '--format',
      'json',
    ]);
    expect(r.code, r.stderr).toBe(0);
    const sdk = sdkClient(emu);
    const expected = await sdk.stats({ type: ['visitors', 'countries'], date: 'last-7-days', limit: 'all' });
    await sdk.close();
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(JSON.stringify(expected)));
  });

  it("--format csv has one record per item under type, date and the shapes' columns", async () => {
    const r = await clicky(['stats', ...siteFlags(emu), '--type', 'pages,bounce-rate', '--hourly', '--format', 'csv']);
    expect(r.code).toBe(2); // bounce-rate keeps no hourly data: refused before sending
    expect(r.stderr).toMatch(/hourly/);
    const ok = await clicky(['stats', ...siteFlags(emu), '--type', 'pages,bounce-rate', '--format', 'csv', '--trends']);
    expect(ok.code, ok.stderr).toBe(0);
    const [header, ...records] = parseCsv(ok.stdout);
    expect(header?.slice(0, 4)).toEqual(['type', 'date', 'title', 'value']);
    const sdk = sdkClient(emu);
    const expected = await sdk.stats({ type: ['pages', 'bounce-rate'], trends: true });
    await sdk.close();
    const col = (name: string) => header?.indexOf(name) ?? -1;
    const pages = records.filter((rec) => rec[0] === 'pages');
    const num = (cell: string | undefined) => (cell === '' || cell === undefined ? undefined : Number(cell));
    expect(pages.map((rec) => [rec[col('title')], num(rec[col('value')]), num(rec[col('trend')])])).toEqual(
      expected.pages[0]?.items.map((i) => [i.title, i.value, i.trend]),
    );
    const bounce = records.find((rec) => rec[0] === 'bounce-rate');
    expect(Number(bounce?.[col('value')])).toBe(expected['bounce-rate'][0]?.items[0]?.value);
  });

  it("an API error exits 1 with the API's message and never shows the sitekey", async () => {
    const wrongKey = 'ffffffffffff0000';
    const r = await clicky(['stats', '--site-id', String(DEMO_SITE.id), '--sitekey', wrongKey, '--base-url', emu.url]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^clicky: .*Invalid sitekey\./m);
    expect(r.stdout + r.stderr).not.toContain(wrongKey);
  });

  it('reads credentials and the server from the environment', async () => {
    const r = await clicky(['stats', '--format', 'json'], {
      env: cleanEnv({
        CLICKY_SITE_ID: String(DEMO_SITE.id),
        CLICKY_SITEKEY: DEMO_SITE.sitekey,
        CLICKY_BASE_URL: emu.url,
      }),
    });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).visitors[0].items[0].value).toBeGreaterThan(0);
  });

  it('without credentials reads the embedded emulator and says so on stderr', async () => {
    const r = await clicky(['stats', '--type', 'visitors', '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/no credentials given .* using the embedded emulator's demo site 32020/);
    expect(JSON.parse(r.stdout).visitors[0].items[0].value).toBeGreaterThan(0);
  });

  it('a server that cannot be reached exits 1 with a network error', async () => {
    const r = await clicky([
      'stats',
      '--site-id',
      '1',
      '--sitekey',
      DEMO_SITE.sitekey,
      '--base-url',
      'http://127.0.0.1:9',
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^clicky: .*(ECONNREFUSED|connect|network)/im);
    expect(r.stderr).not.toContain(DEMO_SITE.sitekey);
  });
});

describe('clicky stats: the other flags, and clicky types', () => {
  it('--hourly prints one row per hour in the table, and the hourly values the SDK answers in JSON', async () => {
    const args = ['stats', ...siteFlags(emu), '--type', 'visitors', '--date', 'yesterday', '--hourly'];
    const sdk = sdkClient(emu);
    const expected = await sdk.visitors({ date: 'yesterday', hourly: true });
    await sdk.close();
    const hours = expected.flatMap((g) => g.items.map((item) => item.value));
    expect(hours).toHaveLength(24); // one item per hour, newest first (the spec's hourly-items quirk)
    const table = await clicky([...args, '--no-trends']);
    expect(table.code, table.stderr).toBe(0);
    const lines = table.stdout.trim().split('\n').slice(2);
    expect(lines.map((l) => l.slice(0, 16))).toEqual(
      hours.map((_, i) => `${expected[0]?.date} ${String(23 - i).padStart(2, '0')}:00`), // newest hour first
    );
    expect(lines.map((l) => Number(l.slice(16).trim().replace(/,/g, '')))).toEqual(hours);
    const json = await clicky([...args, '--format', 'json']);
    expect(JSON.parse(json.stdout).visitors).toEqual(JSON.parse(JSON.stringify(expected)));
  });

  it('--no-trends leaves the trend columns out of the table', async () => {
    const args = ['stats', ...siteFlags(emu), '--type', 'visitors,actions', '--date', 'last-3-days', '--daily'];
    const without = await clicky([...args, '--no-trends']);
    expect(without.code, without.stderr).toBe(0);
    expect(without.stdout.split('\n')[1]).toMatch(/^date\s+visitors\s+actions$/);
    const withTrends = await clicky(args);
    expect(withTrends.stdout.split('\n')[1]).toMatch(/^date\s+visitors\s+trend\s+actions\s+trend$/);
  });

  it('--time-zone: a zone the runtime does not know exits 2 naming it, with or without credentials', async () => {
    for (const site of [siteFlags(emu), []]) {
      const r = await clicky(['stats', ...site, '--type', 'visitors', '--time-zone', 'Mars/Olympus']);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/timeZone\): must be an IANA time zone/);
    }
    const ok = await clicky(['stats', ...siteFlags(emu), '--date', 'today', '--time-zone', 'Pacific/Kiritimati']);
    expect(ok.code, ok.stderr).toBe(0);
  });

  it('clicky types lists every data type once, with its category and what export and archive read', async () => {
    const r = await clicky(['types']);
    expect(r.code, r.stderr).toBe(0);
    const rows = r.stdout
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => l.split(/\s+/));
    expect(rows.map((w) => w[0]).sort()).toEqual(Object.keys(DATA_TYPES).sort());
    const row = (type: string) => rows.find((w) => w[0] === type);
    expect(row('visitors-list')).toEqual(['visitors-list', DATA_TYPES['visitors-list'].category, 'yes', 'default']);
    expect(row('visitors')?.[1]).toBe('tally');
  });
});
