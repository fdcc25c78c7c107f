// @clicky-sdk/node against the emulator: typed results, every format alike, decode hints, per-type methods,
// withResponse, the dispatcher option and streamed decoding of large bodies.
import { createClientWith, type DecodeHints } from '@clicky-sdk/core';
import { decode, decodeStream } from '@clicky-sdk/decoders';
import { DEMO_SITE, type Emulator, startEmulator } from '@clicky-sdk/emulator';
import { MockAgent, Pool } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, undiciTransport } from '../src/index.ts';

let emu: Emulator;
const site = { siteId: DEMO_SITE.id, sitekey: DEMO_SITE.sitekey };

beforeAll(async () => {
  emu = await startEmulator({ seed: 7, days: 30, sites: [{ ...DEMO_SITE, visitorsPerDay: 400 }] });
});
afterAll(() => emu.close());

describe('createClient (node)', () => {
  it('answers the README example, typed and numeric', async () => {
    const clicky = createClient({ ...site, baseUrl: emu.url });
    const r = await clicky.stats({ type: ['visitors', 'pages'], date: 'last-7-days', daily: true });
    expect(Object.keys(r).sort()).toEqual(['pages', 'visitors']);
    expect(r.visitors).toHaveLength(7);
    expect(typeof r.visitors[0]?.items[0]?.value).toBe('number');
    expect(typeof r.pages[0]?.items[0]?.title).toBe('string');
    await clicky.close();
  });

  it('gives the same result whatever the wire format', async () => {
    const request = {
      type: ['visitors', 'countries', 'visitors-list', 'actions-list'] as const,
      date: 'last-3-days',
      limit: 30,
    } as const;
    const results = [];
    for (const output of ['json', 'xml', 'php', 'csv'] as const) {
      const clicky = createClient({ ...site, baseUrl: emu.url, output });
      results.push(await clicky.stats({ type: [...request.type], date: request.date, limit: request.limit }));
      await clicky.close();
    }
    expect(results[0]?.['visitors-list'][0]?.items.length).toBe(30);
    for (const r of results.slice(1)) expect(r).toEqual(results[0]);
  });

  it('decodes with the hints the request implies', async () => {
    const clicky = createClient({ ...site, baseUrl: emu.url });
    const seg = await clicky.segmentation({ segments: ['summary', 'web-browsers'], date: 'last-7-days' });
    expect(Object.keys(seg).sort()).toEqual(['summary', 'web-browsers']);
    const partial = await clicky.visitorsList({ 'visitor-details': ['time', 'ip_address'], limit: 5 });
    expect(Object.keys(partial[0]?.items[0] ?? {}).sort()).toEqual(['ip_address', 'time']);
    const multi = await clicky.visitorsList({ custom_keys_multi_values: true, limit: 200, date: 'last-7-days' });
    const custom = multi[0]?.items.find((v) => v.custom !== undefined)?.custom;
    expect(custom && Object.values(custom).every((v) => Array.isArray(v))).toBe(true);
    await clicky.close();
  });

  it('gives the raw answer with withResponse', async () => {
    const clicky = createClient({ ...site, baseUrl: emu.url });
    const r = await clicky.pages({ limit: 3 }).withResponse();
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toMatch(/json/);
    expect(JSON.parse(r.body)[0].type).toBe('pages');
    expect(r.data[0]?.items).toHaveLength(3);
    expect(r.url).toMatch(/sitekey=\[redacted\]/);
    expect(r.url).not.toContain(DEMO_SITE.sitekey);
    await clicky.close();
  });

  it('sends through a dispatcher the caller gives', async () => {
    const pool = new Pool(emu.url, { connections: 2 });
    let dispatched = 0;
    const counting = pool.compose((dispatch) => (options, handler) => {
      dispatched++;
      return dispatch(options, handler);
    });
    const clicky = createClient({ ...site, baseUrl: emu.url, dispatcher: counting });
    await Promise.all([clicky.visitors(), clicky.pages(), clicky.countries()]);
    expect(dispatched).toBe(3);
    await clicky.close();
    await pool.close();

    const mock = new MockAgent();
    mock.disableNetConnect();
    mock
      .get('https://api.clicky.com')
      .intercept({ path: (p) => p.startsWith('/api/stats/4?') })
      .reply(200, JSON.stringify([{ type: 'visitors', dates: [{ date: '2024-01-01', items: [{ value: '42' }] }] }]), {
        headers: { 'content-type': 'application/json' },
      });
    const mocked = createClient({ ...site, dispatcher: mock });
    expect((await mocked.visitors({ date: '2024-01-01' }))[0]?.items[0]?.value).toBe(42);
    await mock.close();
  });

  it('refuses an option it does not know, naming the nearest one, and takes its own dispatcher', () => {
    expect(() => createClient({ ...site, timeout: 5000 } as never)).toThrow(
      /\(options\.timeout\): is not an option of createClient \(did you mean timeoutMs\?\)/,
    );
    expect(() => createClient({ ...site, fetch } as never)).toThrow(/\(options\.fetch\): is not an option/);
  });

  it('streams large bodies through decodeStream and small ones through decode', async () => {
    const used: string[] = [];
    const { transport, close } = undiciTransport();
    const clicky = createClientWith(
      { ...site, baseUrl: emu.url },
      {
        transport,
        close,
        decoder: {
          decode: (body: string, hints: DecodeHints) => {
            used.push('decode');
            return decode(body, hints);
          },
          decodeStream: (body: AsyncIterable<Uint8Array>, hints: DecodeHints) => {
            used.push('stream');
            return decodeStream(body, hints);
          },
        },
      },
    );
    const big = await clicky.visitorsList({ limit: 1000, date: 'last-7-days' });
    const small = await clicky.visitors();
    expect(big[0]?.items).toHaveLength(1000);
    expect(small[0]?.items).toHaveLength(1);
    expect(used).toEqual(['stream', 'decode']);
    await clicky.close();
  });

  it('refuses calls after close()', async () => {
    const clicky = createClient({ ...site, baseUrl: emu.url });
    await clicky.close();
    await expect(clicky.visitors()).rejects.toMatchObject({ code: 'CLICKY_PARAM' });
  });
});
