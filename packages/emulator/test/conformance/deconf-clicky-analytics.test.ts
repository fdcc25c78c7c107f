// Conformance: Clicky Analytics for WordPress (deconf/Clicky-Analytics-for-WP), described here from tools/capi.php.
// It asks for serialized PHP (output=php), always with date=FROM,TO, and walks the unserialized array as
// type => date => list of items: charts read [date][0]['value'] per day, or with hourly=1 (a single day) the one
// item's value as a list of hour => value; the summary reads the types' values by position; the location, page
// and referrer tables page through limit=all&page=N until a page holds fewer than 100 or 1000 items.
import { describe, expect, it } from 'vitest';
import { TODAY, withEmulator } from '../helpers.ts';
import { asJson, asPhp, bodyOf, type Loose } from './client-view.ts';

const range = `date=${TODAY},${TODAY}`;

describe('deconf/Clicky-Analytics-for-WP', () => {
  it.each(['visitors', 'actions-pageviews'])(
    'area chart of one day (tools/capi.php get_areachart_data): %s with hourly=1 is one item holding hour => value',
    async (type) => {
      await withEmulator({}, async (emu) => {
        const body = await bodyOf(emu, `${range}&type=${type}&hourly=1&output=php`);
        const data = asPhp(body);
        const dates = Object.values(data[type] as Loose);
        expect(dates).toHaveLength(1);
        const dayItems = dates[0] as Loose[];
        expect(dayItems).toHaveLength(1); // one item; its only key is value
        expect(Object.keys(dayItems[0])).toEqual(['value']);
        const hours = dayItems[0].value as Record<string, string>;
        expect(
          Object.keys(hours)
            .map(Number)
            .sort((a, b) => a - b),
        ).toEqual([...Array(24).keys()]);
        for (const v of Object.values(hours)) expect(String(v)).toMatch(/^\d+$/);
        // The chart is reversed at the end, so the hours come newest first on the wire: hour 23's key leads.
        expect(body).toMatch(/s:5:"value";a:24:\{i:23;/);
        // Each hour key holds that hour's count, as JSON (an item per hour, newest first) gives it.
        const json = asJson(await bodyOf(emu, `${range}&type=${type}&hourly=1&output=json`));
        const perHour = (json[0].dates[0].items as Loose[]).map((i) => i.value);
        for (let h = 0; h < 24; h++) expect(hours[h], `hour ${h}`).toBe(perHour[23 - h]);
      });
    },
  );

  it('area chart of several days: daily=1, [date][0][value] for each date key', async () => {
    await withEmulator({}, async (emu) => {
      const data = asPhp(await bodyOf(emu, 'date=2024-10-23,2024-10-29&type=bounce-rate&daily=1&output=php'));
      const entries = Object.entries(data['bounce-rate'] as Record<string, Loose[]>);
      expect(entries.map(([date]) => date)).toEqual([
        '2024-10-29',
        '2024-10-28',
        '2024-10-27',
        '2024-10-26',
        '2024-10-25',
        '2024-10-24',
        '2024-10-23',
      ]);
      for (const [, items] of entries) expect(Number(items[0].value)).toBeGreaterThanOrEqual(0);
    });
  });

  it('summary and site performance (get_summary, get_orgchart_data): values read by position, in request order', async () => {
    await withEmulator({}, async (emu) => {
      for (const types of [
        ['visitors', 'actions-pageviews', 'time-average', 'bounce-rate'],
        ['actions-pageviews', 'actions-downloads', 'actions-outbounds', 'actions-clicks'],
      ]) {
        const data = asPhp(await bodyOf(emu, `${range}&type=${types.join(',')}&output=php`));
        expect(Object.keys(data)).toEqual(types);
        const byPosition = Object.values(data as Record<string, Record<string, Loose[]>>).map(
          (dates) => Object.values(dates)[0]?.[0]?.value,
        );
        const json = asJson(await bodyOf(emu, `${range}&type=${types.join(',')}&output=json`));
        expect(byPosition).toEqual((json as Loose[]).map((b) => b.dates[0].items[0].value));
      }
    });
  });

  it('locations (get_locations): visitors-list&visitor-details=geolocation&limit=all&page=N, paged until short', async () => {
    await withEmulator({}, async (emu) => {
      const query = (page: number): string =>
        `date=2024-10-01,2024-10-29&type=visitors-list&visitor-details=geolocation&limit=all&page=${page}&output=php`;
      let count = 1000;
      let page = 1;
      const countries = new Map<string, number>();
      while (count === 100 || count === 1000) {
        const data = asPhp(await bodyOf(emu, query(page)));
        const items = Object.values(data['visitors-list'] as Record<string, Loose[]>)[0] ?? [];
        count = items.length;
        for (const visitor of items) {
          expect(Object.keys(visitor)).toEqual(['geolocation']);
          const parts = String(visitor.geolocation).split(',');
          const country = (parts[2] ?? parts[1] ?? parts[0] ?? '').trim();
          countries.set(country, (countries.get(country) ?? 0) + 1);
        }
        page++;
      }
      expect(page).toBeGreaterThan(2); // a 29-day month of visits takes more than one page of 1000
      expect(countries.get('USA')).toBeGreaterThan(0);
    });
  });

  it.each(['pages', 'links-domains'])(
    'tables (get_pages, get_referrers): %s items by title and value',
    async (type) => {
      await withEmulator({}, async (emu) => {
        const data = asPhp(await bodyOf(emu, `date=2024-10-01,2024-10-29&type=${type}&limit=all&page=1&output=php`));
        const items = Object.values(data[type] as Record<string, Loose[]>)[0] ?? [];
        expect(items.length).toBeGreaterThan(0);
        for (const item of items) {
          expect(String(item.title).length).toBeGreaterThan(0);
          expect(Number.parseFloat(item.value)).toBeGreaterThan(0);
        }
      });
    },
  );
});
