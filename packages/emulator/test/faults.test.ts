// Fault injection and counters, as client tests use them.
import { request } from 'node:http';
import { ClickyDecodeError } from '@clicky-sdk/core';
import { decode } from '@clicky-sdk/decoders';
import { describe, expect, it } from 'vitest';
import { DEMO_SITE, startEmulator } from '../src/index.ts';
import { TODAY, withEmulator } from './helpers.ts';

describe('faults', () => {
  it('adds latency', async () => {
    await withEmulator({ faults: [{ latencyMs: 200 }] }, async (_emu, get) => {
      const start = performance.now();
      await (await get('type=visitors')).text();
      expect(performance.now() - start).toBeGreaterThanOrEqual(190);
    });
  });

  it('drips the body slowly, which still decodes', async () => {
    await withEmulator({ faults: [{ drip: { bytes: 40, intervalMs: 10 } }] }, async (_emu, get) => {
      const start = performance.now();
      const text = await (await get('type=visitors,pages&limit=3&output=json')).text();
      expect(performance.now() - start).toBeGreaterThan(50);
      expect(decode(text)).toHaveProperty('pages');
    });
  });

  it.each([500, 502, 503])(
    'answers HTTP %i, with Retry-After when set, for the given number of requests',
    async (status) => {
      await withEmulator({}, async (emu, get) => {
        emu.faults.add({ status, retryAfter: 2, times: 2 });
        const a = await get('type=visitors');
        expect(a.status).toBe(status);
        expect(a.headers.get('retry-after')).toBe('2');
        expect((await get('type=visitors')).status).toBe(status);
        expect((await get('type=visitors')).status).toBe(200);
        expect(emu.stats().byStatus).toMatchObject({ [status]: 2, 200: 1 });
      });
    },
  );

  it('lets the first requests through with after, and matches by type and output', async () => {
    await withEmulator({}, async (emu, get) => {
      const remove = emu.faults.add({ match: { type: 'pages', output: 'json' }, after: 1, status: 503 });
      expect((await get('type=pages&output=json')).status).toBe(200);
      expect((await get('type=pages&output=json')).status).toBe(503);
      expect((await get('type=pages&output=xml')).status).toBe(200);
      expect((await get('type=visitors&output=json')).status).toBe(200);
      remove();
      expect((await get('type=pages&output=json')).status).toBe(200);
    });
  });

  it('resets the connection mid-body or before answering', async () => {
    await withEmulator({}, async (emu, get) => {
      emu.faults.add({ reset: 'mid-body', times: 1 });
      await expect(get('type=visitors-list&limit=100').then((r) => r.text())).rejects.toThrow();
      emu.faults.add({ reset: 'before-response', times: 1 });
      await expect(get('type=visitors')).rejects.toThrow();
      expect((await get('type=visitors')).status).toBe(200);
    });
  });

  it('truncates or malforms bodies, which the decoders refuse', async () => {
    await withEmulator({}, async (emu, get) => {
      emu.faults.add({ truncate: 30, times: 1 });
      const truncated = await (await get('type=visitors,pages&output=json')).text();
      expect(truncated).toHaveLength(30);
      expect(() => decode(truncated)).toThrow(ClickyDecodeError);
      for (const output of ['json', 'xml', 'php', 'csv']) {
        emu.faults.add({ malformed: true, times: 1 });
        const body = await (await get(`type=visitors-list&limit=5&output=${output}`)).text();
        expect(() => decode(body, { format: output as 'json' })).toThrow(ClickyDecodeError);
      }
    });
  });
});

describe('closing', () => {
  it('close() cuts requests still waiting on a fault instead of waiting for them', async () => {
    const emu = await startEmulator({ today: TODAY, days: 30, faults: [{ latencyMs: 600_000 }] });
    const pending = fetch(
      `${emu.url}/api/stats/4?site_id=${DEMO_SITE.id}&sitekey=${DEMO_SITE.sitekey}&type=visitors`,
    ).then(
      () => 'answered',
      () => 'cut',
    );
    for (let i = 0; i < 200 && emu.stats().requests === 0; i++) await new Promise((r) => setTimeout(r, 10));
    expect(emu.stats().requests).toBe(1);
    await emu.close();
    expect(await pending).toBe('cut');
  });
});

describe('load', () => {
  it('holds 200 concurrent connections on loopback and closes cleanly', async () => {
    await withEmulator({ faults: [{ latencyMs: 500 }] }, async (emu) => {
      const one = (): Promise<number> =>
        new Promise((resolve, reject) => {
          const req = request(
            `${emu.url}/api/stats/4?site_id=32020&sitekey=0f3545d91b71cf50&type=visitors,pages&output=json`,
            { agent: false },
            (res) => {
              res.resume();
              res.on('end', () => resolve(res.statusCode ?? 0));
            },
          );
          req.on('error', reject);
          req.end();
        });
      const statuses = await Promise.all(Array.from({ length: 200 }, one));
      expect(statuses.every((s) => s === 200)).toBe(true);
      expect(emu.stats().maxConcurrentPerSite['32020']).toBeGreaterThanOrEqual(150);
      expect(emu.stats().requests).toBe(200);
    });
  });
});
