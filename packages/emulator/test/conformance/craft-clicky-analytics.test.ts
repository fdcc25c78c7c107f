// Conformance: the Craft CMS plugin (john-henry/craft-clicky-analytics), described here from src/services/Api.php.
// It asks for JSON with app=craft-clicky-analytics, flattens `[{type, dates: [{items}]}]` into items keyed by the
// requested types (by segment names for type=segmentation), decodes HTML entities in titles, keeps only http(s)
// url/stats_url values, reads tallies as (int) [type][0].value, reverses daily series (newest first on the wire),
// and draws its live feed from visitors-list fields, with referrer_type falling back to "direct".
import { describe, expect, it } from 'vitest';
import { DEMO_SITE } from '../../src/index.ts';
import { withEmulator } from '../helpers.ts';
import { asJson, bodyOf, type Loose, phpInt } from './client-view.ts';

const APP = 'output=json&app=craft-clicky-analytics';

/** The plugin's flattening: the items of every date group of each wanted key, other blocks ignored. */
function flatten(response: Loose[], keys: readonly string[]): Record<string, Loose[]> {
  const out: Record<string, Loose[]> = Object.fromEntries(keys.map((k) => [k, []]));
  for (const block of response) {
    const key = block?.type;
    if (typeof key !== 'string' || !(key in out)) continue;
    for (const date of block.dates ?? []) for (const item of date.items ?? []) out[key]?.push(item);
  }
  return out;
}
const isHttp = (url: unknown): boolean => typeof url === 'string' && /^https?:$/.test(new URL(url).protocol);

describe('john-henry/craft-clicky-analytics', () => {
  it('overview and new vs returning (getOverview, getNewVsReturning): (int) [type][0].value per type', async () => {
    await withEmulator({}, async (emu) => {
      const types = ['visitors', 'actions', 'bounce-rate', 'time-average', 'visitors-new'];
      const stats = flatten(asJson(await bodyOf(emu, `type=${types.join(',')}&date=last-7-days&${APP}`)), types);
      for (const t of types) expect(stats[t], t).toHaveLength(1);
      const value = (t: string): number => phpInt(stats[t]?.[0]?.value);
      expect(value('visitors')).toBeGreaterThan(0);
      expect(value('visitors-new')).toBeLessThanOrEqual(value('visitors'));
      expect(value('bounce-rate')).toBeLessThanOrEqual(100);
    });
  });

  it('daily series (getDailySeries): daily=1 dates arrive newest first, reversed for the chart', async () => {
    await withEmulator({}, async (emu) => {
      const response = asJson(await bodyOf(emu, `type=visitors&date=last-7-days&daily=1&${APP}`));
      const series = (response[0].dates as Loose[]).map((d) => ({ date: d.date, value: phpInt(d.items[0]?.value) }));
      const chart = series.reverse().map((p) => p.date);
      expect(chart).toEqual([...chart].sort());
      expect(chart).toHaveLength(7);
    });
  });

  it.each(['pages', 'web-browsers', 'links-domains', 'traffic-sources', 'countries', 'goals', 'campaigns'])(
    'ranked report %s (getReport, _flatten): title, value, value_percent and an http(s) stats_url',
    async (type) => {
      await withEmulator({}, async (emu) => {
        const rows = flatten(asJson(await bodyOf(emu, `type=${type}&date=last-30-days&limit=10&${APP}`)), [type])[type];
        expect(rows?.length).toBeGreaterThan(0);
        for (const row of rows ?? []) {
          expect(String(row.title).length).toBeGreaterThan(0);
          expect(Number.isFinite(Number(row.value_percent))).toBe(true);
          expect(isHttp(row.stats_url)).toBe(true);
          if (row.url !== undefined) expect(isHttp(row.url)).toBe(true);
        }
      });
    },
  );

  it('page stats (getPageStats, getSegments): segmentation items keyed by segment name, then visitors-list for href', async () => {
    await withEmulator({}, async (emu) => {
      const segments = ['visitors', 'visitors-unique', 'actions', 'bounce-rate', 'time-average', 'traffic-sources'];
      const query = `href=${encodeURIComponent('/blog')}&limit=10&segments=${segments.join(',')}&type=segmentation&date=last-7-days&${APP}`;
      const stats = flatten(asJson(await bodyOf(emu, query)), segments);
      const visitors = phpInt(stats.visitors?.[0]?.value);
      expect(visitors).toBeGreaterThan(0);
      expect(phpInt(stats['visitors-unique']?.[0]?.value)).toBeLessThanOrEqual(visitors);
      expect(stats['traffic-sources']?.length).toBeGreaterThan(0);
      const list = flatten(
        asJson(await bodyOf(emu, `type=visitors-list&date=last-7-days&href=%2Fblog&limit=5&${APP}`)),
        ['visitors-list'],
      )['visitors-list'];
      expect(list).toHaveLength(5);
    });
  });

  it('live feed (getRecentVisitors, _normalizeVisitors): the visitors-list fields a feed row is made of', async () => {
    await withEmulator({}, async (emu) => {
      const items = flatten(asJson(await bodyOf(emu, `type=visitors-list&date=last-7-days&limit=12&${APP}`)), [
        'visitors-list',
      ])['visitors-list'];
      expect(items).toHaveLength(12);
      const types = new Set<string>();
      for (const v of items ?? []) {
        expect(phpInt(v.time)).toBeGreaterThan(0);
        expect(typeof v.web_browser).toBe('string');
        expect(typeof v.operating_system).toBe('string');
        expect(isHttp(v.landing_page)).toBe(true);
        expect(isHttp(v.stats_url)).toBe(true);
        expect(v.country_code).toMatch(/^[a-z]{2}$/);
        expect(phpInt(v.total_visits)).toBeGreaterThanOrEqual(1);
        expect(phpInt(v.time_total)).toBeGreaterThanOrEqual(0);
        // The plugin labels a visit by referrer_type, "direct" when absent; the API sends it on direct visits.
        expect(typeof v.referrer_type).toBe('string');
        if (v.referrer_type === 'direct') expect(v.referrer_domain).toBeUndefined();
        else expect(typeof v.referrer_domain).toBe('string');
        types.add(v.referrer_type);
      }
      expect(types.has('direct')).toBe(true);
    });
  });

  it('connection test and errors (ping, _request): an error is never mistaken for data', async () => {
    await withEmulator({}, async (emu) => {
      const ok = asJson(await bodyOf(emu, 'type=visitors&date=today&output=json&app=craft-clicky-analytics'));
      expect(Array.isArray(ok)).toBe(true);
      expect(ok.error).toBeUndefined();
      // The plugin guards for a bare string or one {error} object; the API's list form carries no type, so the
      // plugin's flattening finds nothing in it rather than wrong numbers.
      const bad = asJson(await bodyOf(emu, `type=visitors&${APP}`, { id: DEMO_SITE.id, sitekey: 'wrongwrongwrong1' }));
      expect(bad).toEqual([{ error: 'Invalid sitekey.' }]);
      expect(flatten(bad, ['visitors'])).toEqual({ visitors: [] });
    });
  });
});
