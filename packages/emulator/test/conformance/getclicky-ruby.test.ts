// Conformance: the getclicky Ruby gem (petersonfs/getclicky). Described here from lib/getclicky/request.rb (the
// query is site_id, sitekey and type plus the caller's parameters, with no output, so the API's default XML comes
// back and HTTParty parses it by content type into nested hashes), README.md (output: :json, :php or :csv on
// request) and spec/getclicky/response_spec.rb (a pages answer in JSON: type, dates[].date, items with value,
// value_percent, title, stats_url and url, every value a string).
import { describe, expect, it } from 'vitest';
import { withEmulator } from '../helpers.ts';
import { asJson, asXml, bodyOf, type Loose, many } from './client-view.ts';

describe('petersonfs/getclicky', () => {
  it('default output (lib/getclicky/request.rb): XML as response > type > date > item, fields as elements', async () => {
    await withEmulator({}, async (emu) => {
      const res = await fetch(
        `${emu.url}/api/stats/4?site_id=32020&sitekey=0f3545d91b71cf50&type=pages&date=last-7-days`,
      );
      expect(res.headers.get('content-type')).toMatch(/^text\/xml/); // what makes HTTParty parse it as XML
      const doc = asXml(await res.text());
      expect(doc.response['@_status']).toBe('ok');
      const type = many(doc.response.type as Loose)[0];
      expect(type['@_type']).toBe('pages');
      const date = many(type.date as Loose)[0];
      expect(date['@_date']).toBe('2024-10-23,2024-10-29');
      const items = many(date.item as Loose);
      expect(items.length).toBeGreaterThan(0);
      for (const item of items) {
        for (const field of ['title', 'value', 'value_percent', 'url', 'stats_url'])
          expect(typeof item[field], field).toBe('string');
        expect(item.value).toMatch(/^\d+$/);
      }
    });
  });

  it('visitors(output: :json, date: "last-7-days", daily: 1) (README.md): the fixture shape, values as strings', async () => {
    await withEmulator({}, async (emu) => {
      const data = asJson(await bodyOf(emu, 'type=visitors&output=json&date=last-7-days&daily=1'));
      expect(data).toHaveLength(1);
      expect(data[0].type).toBe('visitors');
      expect((data[0].dates as Loose[]).map((d) => d.date)[0]).toBe('2024-10-29');
      for (const d of data[0].dates as Loose[]) expect(typeof d.items[0].value).toBe('string');
    });
  });

  it('pages as in spec/getclicky/response_spec.rb: every item holds value, value_percent, title, stats_url, url', async () => {
    await withEmulator({}, async (emu) => {
      const data = asJson(await bodyOf(emu, 'type=pages&output=json&date=2024-10-29'));
      const [block] = data as Loose[];
      expect(Object.keys(block)).toEqual(['type', 'dates']);
      expect(Object.keys(block.dates[0])).toEqual(['date', 'items']);
      for (const item of block.dates[0].items as Loose[]) {
        expect(Object.keys(item).sort()).toEqual(['stats_url', 'title', 'url', 'value', 'value_percent']);
        for (const v of Object.values(item)) expect(typeof v).toBe('string');
      }
    });
  });

  it('errors in the default XML: <response status="error"> holding an <error> element', async () => {
    await withEmulator({}, async (emu) => {
      const doc = asXml(await bodyOf(emu, 'type=pages', { id: 32020, sitekey: 'wrongwrongwrong1' }));
      expect(doc.response['@_status']).toBe('error');
      expect(doc.response.error).toBe('Invalid sitekey.');
    });
  });
});
