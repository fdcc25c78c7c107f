// The API's limits and errors, as the API gives them: HTTP 200 error bodies, silent fallbacks, caps.
import { ClickyApiError } from '@clicky-sdk/core';
import { decode } from '@clicky-sdk/decoders';
import { describe, expect, it } from 'vitest';
import { DEMO_SITE } from '../src/index.ts';
import { TODAY, withEmulator } from './helpers.ts';

const apiError = (body: string): string => {
  try {
    decode(body);
  } catch (e) {
    if (e instanceof ClickyApiError) return e.apiMessage;
    throw e;
  }
  throw new Error(`not an error body: ${body.slice(0, 100)}`);
};

describe('errors', () => {
  it.each(['xml', 'json', 'php', 'csv'])(
    'a wrong sitekey or site is an error body with HTTP 200 (%s)',
    async (output) => {
      await withEmulator({}, async (emu) => {
        const wrongKey = await fetch(
          `${emu.url}/api/stats/4?site_id=${DEMO_SITE.id}&sitekey=000000000000&type=visitors&output=${output}`,
        );
        expect(wrongKey.status).toBe(200);
        expect(apiError(await wrongKey.text())).toBe('Invalid sitekey.');
        const wrongSite = await fetch(
          `${emu.url}/api/stats/4?site_id=1&sitekey=${DEMO_SITE.sitekey}&type=visitors&output=${output}`,
        );
        expect(apiError(await wrongSite.text())).toBe('Invalid site ID.');
        expect(emu.stats().apiErrors).toBe(2);
      });
    },
  );

  it('unknown paths are 404', async () => {
    await withEmulator({}, async (emu) => {
      expect((await fetch(`${emu.url}/api/stats/3`)).status).toBe(404);
    });
  });
});

describe('silent fallbacks, as the API does them', () => {
  it('an invalid date, or a range too long for a restricted type, is today', async () => {
    await withEmulator({}, async (_emu, get) => {
      for (const date of ['2023-02-29', 'nonsense', '2024-10-05,2024-10-01', '2024-01-01,2024-03-01']) {
        const r = decode(await (await get(`type=visitors-list&date=${date}&output=json`)).text()) as Record<
          string,
          { date: string }[]
        >;
        expect(r['visitors-list']?.[0]?.date).toBe(TODAY);
      }
      // 61 days is fine for a popular type on premium? No: premium allows 31; pro 366.
      const pages = decode(await (await get('type=pages&date=2024-01-01,2024-03-01&output=json')).text()) as Record<
        string,
        { date: string }[]
      >;
      expect(pages.pages?.[0]?.date).toBe(TODAY);
    });
  });

  it('a bad limit is 50, over 1000 on restricted types is capped, all is at most 5000', async () => {
    await withEmulator({ sites: [{ ...DEMO_SITE, visitorsPerDay: 900 }] }, async (_emu, get) => {
      const count = async (q: string): Promise<number> =>
        (decode(await (await get(`${q}&output=json`)).text()) as Record<string, { items: unknown[] }[]>)[
          q.slice(5, q.indexOf('&'))
        ]?.[0]?.items.length ?? -1;
      expect(await count('type=visitors-list&date=last-3-days&limit=0')).toBe(50);
      expect(await count('type=visitors-list&date=last-3-days&limit=abc')).toBe(50);
      expect(await count('type=visitors-list&date=last-3-days&limit=all')).toBe(1000);
      expect(await count('type=actions-list&date=last-3-days&limit=all')).toBe(1000);
    });
  });

  it('free sites: 100 results a request and 30 days of history', async () => {
    await withEmulator({ sites: [{ ...DEMO_SITE, plan: 'free' }] }, async (_emu, get) => {
      const r = decode(
        await (await get('type=visitors-list&date=last-7-days&limit=1000&output=json')).text(),
      ) as Record<string, { items: unknown[] }[]>;
      expect(r['visitors-list']?.[0]?.items).toHaveLength(100);
      const old = decode(await (await get('type=visitors&date=60-days-ago&output=json')).text()) as Record<
        string,
        { date: string }[]
      >;
      expect(old.visitors?.[0]?.date).toBe(TODAY);
    });
  });
});

describe('one restricted request in flight per address and site', () => {
  it('a second simultaneous visitors-list request gets the API’s error body', async () => {
    await withEmulator(
      { faults: [{ match: { type: 'visitors-list' }, latencyMs: 400, times: 1 }] },
      async (emu, get) => {
        // Whichever arrives first is slow (the fault applies once); the other finds it in flight.
        const [a, b] = await Promise.all([
          get('type=visitors-list&output=json'),
          get('type=visitors-list&output=json'),
        ]);
        const bodies = await Promise.all([a.text(), b.text()]);
        expect([a.status, b.status]).toEqual([200, 200]);
        const errors = bodies.filter((body) => body.includes('"error"'));
        expect(errors).toHaveLength(1);
        expect(apiError(errors[0] as string)).toMatch(/one request at a time/);
        // tallies are not restricted
        const tallies = await Promise.all([get('type=visitors'), get('type=visitors')]);
        expect(tallies.map((t) => t.status)).toEqual([200, 200]);
        expect(emu.stats().maxRestrictedPerSite[String(DEMO_SITE.id)]).toBe(2);
      },
    );
  });

  it('a site with a custom plan may have more in flight', async () => {
    await withEmulator(
      { sites: [{ ...DEMO_SITE, concurrency: 3 }], faults: [{ match: { type: 'visitors-list' }, latencyMs: 150 }] },
      async (_emu, get) => {
        const all = await Promise.all([1, 2, 3].map(() => get('type=visitors-list&output=json').then((r) => r.text())));
        // Three in flight at once are all served: each body is data, none the API's error.
        for (const body of all) expect(decode(body, { types: ['visitors-list'] })['visitors-list']).toHaveLength(1);
      },
    );
  });
});
