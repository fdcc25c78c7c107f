// Every data type, in every format, decodes with @clicky-sdk/decoders to the same result.
import { DATA_TYPES, type DataType } from '@clicky-sdk/core';
import { decode } from '@clicky-sdk/decoders';
import { describe, expect, it } from 'vitest';
import { DEMO_SITE } from '../src/index.ts';
import { TODAY, withEmulator } from './helpers.ts';

const FORMATS = ['json', 'xml', 'php', 'csv'] as const;
const TYPES = (Object.keys(DATA_TYPES) as DataType[]).filter((t) => t !== 'segmentation' && !DATA_TYPES[t].restricted);

const QUERIES = [
  `type=${TYPES.join(',')}&date=last-7-days&limit=10`,
  `type=${TYPES.filter((t) => DATA_TYPES[t].category !== 'chronological').join(',')}&date=last-3-days&daily=1&trends=1&limit=5`,
  'type=visitors-list&date=last-3-days&limit=200',
  'type=visitors-list&date=last-3-days&limit=50&custom_keys_multi_values=1',
  'type=visitors-list&date=yesterday&limit=20&null_values=1',
  'type=visitors-list&date=yesterday&visitor-details=ip_address,session_id,web_browser,custom',
  'type=actions-list&date=yesterday&limit=300',
  'type=segmentation&segments=summary,visitors,bounce-rate,web-browsers,countries&date=last-7-days&domain=google.com',
  'type=visitors,actions&hourly=1&date=last-2-days',
  'type=actions-pageviews,actions-downloads,actions-outbounds,actions-clicks&hourly=1&date=last-2-days',
  'type=visitors-list,goals&goal=*&date=last-7-days&limit=100',
  'type=visitors,actions,bounce-rate&daily=1&date=last-7-days',
  'type=pages&heatmap_url=1&filter=!blog&date=last-7-days',
  'type=video,goals&video_meta=1&date=last-30-days',
];

describe('every format decodes to the same result', () => {
  it.each(QUERIES)(
    '%s',
    async (query) => {
      await withEmulator({}, async (_emu, get) => {
        const multiValues = query.includes('custom_keys_multi_values=1');
        const partial = query.includes('visitor-details=');
        const results = [];
        for (const output of FORMATS) {
          const res = await get(`${query}&output=${output}`);
          expect(res.status).toBe(200);
          expect(res.headers.get('access-control-allow-origin')).toBe('*');
          results.push(decode(await res.text(), { format: output, multiValues, partial }));
        }
        for (const r of results.slice(1)) expect(r).toStrictEqual(results[0]);
        const first = results[0] as Record<string, { items: unknown[] }[]>;
        expect(Object.values(first).some((groups) => groups.some((g) => g.items.length > 0))).toBe(true);
      });
    },
    60_000,
  );

  it('answers JSONP when asked, and the decoders unwrap it', async () => {
    await withEmulator({}, async (_emu, get) => {
      const plain = decode(await (await get('type=visitors&output=json')).text());
      const callback = await get('type=visitors&output=json&json_callback=my.cb');
      expect(callback.headers.get('content-type')).toMatch(/javascript/);
      const text = await callback.text();
      expect(text).toMatch(/^my\.cb\(\[/);
      expect(decode(text)).toStrictEqual(plain);
      expect(await (await get('type=visitors&output=json&json_var=v')).text()).toMatch(/^var v = \[/);
    });
  });

  it('wraps error bodies as it wraps data: json_callback and json_var alike, as JavaScript', async () => {
    await withEmulator({}, async (emu) => {
      const ask = (jsonp: string): Promise<Response> =>
        fetch(`${emu.url}/api/stats/4?site_id=1&sitekey=${DEMO_SITE.sitekey}&type=visitors&output=json&${jsonp}`);
      for (const [jsonp, start] of [
        ['json_callback=my.cb', /^my\.cb\(\[\{"error":"Invalid site ID\."\}\]\);$/],
        ['json_var=v', /^var v = \[\{"error":"Invalid site ID\."\}\];$/],
      ] as const) {
        const res = await ask(jsonp);
        expect(res.headers.get('content-type')).toBe('application/javascript; charset=utf-8');
        const text = await res.text();
        expect(text).toMatch(start);
        expect(() => decode(text)).toThrow(expect.objectContaining({ apiMessage: 'Invalid site ID.' }));
      }
    });
  });

  it('answers as the reference dates it: single days, ranges, months', async () => {
    await withEmulator({}, async (_emu, get) => {
      const r = decode(await (await get('type=visitors&date=2024-09&output=json')).text(), { types: ['visitors'] });
      expect(r.visitors[0]).toMatchObject({ date: '2024-09-01,2024-09-30', start: '2024-09-01', end: '2024-09-30' });
      const t = decode(await (await get('type=visitors&output=json')).text(), { types: ['visitors'] });
      expect(t.visitors[0]?.date).toBe(TODAY);
    });
  });
});

describe('determinism over HTTP', () => {
  it('two emulators with the same seed answer with the same bytes; another seed differs', async () => {
    const query = 'type=visitors-list,pages,visitors&date=last-7-days&daily=1&limit=20';
    const bodies = async (seed: number): Promise<string[]> =>
      withEmulator({ seed }, async (_emu, get) =>
        Promise.all(FORMATS.map(async (output) => (await get(`${query}&output=${output}`)).text())),
      );
    const [a, b, c] = await Promise.all([bodies(7), bodies(7), bodies(8)]);
    expect(a).toEqual(b);
    a.forEach((body, i) => {
      expect(body).not.toBe(c[i]);
    });
  });
});
