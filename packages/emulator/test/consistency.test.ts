// Every number is counted from the same sessions, so types agree with each other, for any seed.
import { DATA_TYPES, type DataType } from '@clicky-sdk/core';
import { describe, expect, it } from 'vitest';
import { answer } from '../src/answer.ts';
import { readApiRequest } from '../src/api-request.ts';
import { SiteClock } from '../src/clock.ts';
import { generateTraffic, type Traffic } from '../src/traffic.ts';

const TODAY = '2024-10-29';
const NOW = Date.parse(`${TODAY}T23:59:59Z`) / 1000;
const SEEDS = [1, 2, 3, 17, 2024];
const UTC = new SiteClock('UTC');

const ask = (traffic: Traffic, query: string): Record<string, { date: string; items: Record<string, unknown>[] }[]> =>
  answer(readApiRequest(new URLSearchParams(query), 'premium', TODAY), {
    siteId: 32020,
    traffic,
    now: NOW,
    clock: UTC,
  });
const value = (r: ReturnType<typeof ask>, type: string, group = 0): number => Number(r[type]?.[group]?.items[0]?.value);

describe.each(SEEDS)('seed %i', (seed) => {
  const traffic = generateTraffic({ seed, siteId: 32020, today: TODAY, days: 90, visitorsPerDay: 40, nowSeconds: NOW });

  it('visitors for a day equals that day’s visitors-list count; bounce rate matches one-action visits', () => {
    for (const date of ['2024-10-29', '2024-10-01', '2024-09-15']) {
      const r = ask(traffic, `type=visitors,bounce-rate,actions,visitors-list&date=${date}&limit=1000`);
      const list = r['visitors-list']?.[0]?.items ?? [];
      expect(value(r, 'visitors')).toBe(list.length);
      expect(value(r, 'actions')).toBe(list.reduce((n, v) => n + Number(v.actions), 0));
      const bounces = list.filter((v) => v.actions === 1).length;
      expect(value(r, 'bounce-rate')).toBe(list.length === 0 ? 0 : Math.round((bounces / list.length) * 100));
    }
  });

  it('pages add up to the page views, and every popular share sums to about 100%', () => {
    const r = ask(traffic, 'type=pages,actions-pageviews,web-browsers,countries&date=last-30-days&limit=all');
    const pages = r.pages?.[0]?.items ?? [];
    expect(pages.reduce((n, p) => n + Number(p.value), 0)).toBe(value(r, 'actions-pageviews'));
    for (const type of ['pages', 'web-browsers', 'countries']) {
      const sum = (r[type]?.[0]?.items ?? []).reduce((n, p) => n + Number(p.value_percent), 0);
      expect(Math.abs(sum - 100)).toBeLessThan(1);
    }
  });

  it('daily values sum to the range total', () => {
    const daily = ask(traffic, 'type=visitors,actions,pages&date=last-14-days&daily=1&limit=all');
    const total = ask(traffic, 'type=visitors,actions,pages&date=last-14-days&limit=all');
    expect(daily.visitors).toHaveLength(14);
    expect(daily.visitors?.[0]?.date).toBe('2024-10-29'); // newest first
    for (const type of ['visitors', 'actions'])
      expect(daily[type]?.reduce((n, g) => n + Number(g.items[0]?.value), 0)).toBe(value(total, type));
    const pageViews = (groups: { items: Record<string, unknown>[] }[] | undefined): number =>
      (groups ?? []).flatMap((g) => g.items).reduce((n, p) => n + Number(p.value), 0);
    expect(pageViews(daily.pages)).toBe(pageViews(total.pages));
  });

  it('pages of a list concatenate to the whole list, with no gap or duplicate', () => {
    for (const type of ['visitors-list', 'actions-list', 'pages', 'searches-recent'] as DataType[]) {
      const whole = ask(traffic, `type=${type}&date=last-3-days&limit=1000`)[type]?.[0]?.items ?? [];
      const pages: Record<string, unknown>[] = [];
      for (let page = 1; page <= Math.ceil(whole.length / 7) + 1; page++)
        pages.push(...(ask(traffic, `type=${type}&date=last-3-days&limit=7&page=${page}`)[type]?.[0]?.items ?? []));
      expect(pages).toEqual(whole);
    }
  });

  it('hourly values add up to the day', () => {
    const hourly = ask(traffic, 'type=visitors,actions&hourly=1&date=yesterday');
    const day = ask(traffic, 'type=visitors,actions&date=yesterday');
    for (const type of ['visitors', 'actions']) {
      expect(hourly[type]?.[0]?.items).toHaveLength(24);
      expect(hourly[type]?.[0]?.items.reduce((n, i) => n + Number(i.value), 0)).toBe(value(day, type));
    }
  });

  it('segmentation counts the visitors-list filter’s visitors', () => {
    const seg = ask(traffic, 'type=segmentation&segments=visitors,summary,web-browsers&source=search&date=last-7-days');
    const list =
      ask(traffic, 'type=visitors-list&source=search&date=last-7-days&limit=1000')['visitors-list']?.[0]?.items ?? [];
    expect(value(seg, 'visitors')).toBe(list.length);
    expect(seg.summary?.[0]?.items[0]).toEqual({ title: 'Visitors', value: list.length });
    expect((seg['web-browsers']?.[0]?.items ?? []).reduce((n, b) => n + Number(b.value), 0)).toBe(list.length);
    expect(list.every((v) => v.referrer_type === 'search')).toBe(true);
  });

  it('answers every data type', () => {
    const types = (Object.keys(DATA_TYPES) as DataType[]).filter((t) => t !== 'segmentation');
    const r = ask(traffic, `type=${types.join(',')}&date=last-7-days`);
    expect(Object.keys(r).sort()).toEqual([...types].sort());
  });
});

describe('determinism', () => {
  it('the same seed gives the same traffic, another seed other traffic', () => {
    const make = (seed: number): string =>
      JSON.stringify(
        ask(
          generateTraffic({ seed, siteId: 1, today: TODAY, days: 30, visitorsPerDay: 20, nowSeconds: NOW }),
          'type=visitors-list,pages&date=last-7-days&limit=all',
        ),
      );
    expect(make(5)).toBe(make(5));
    expect(make(5)).not.toBe(make(6));
  });
});

describe('site time zones', () => {
  const zoneDate = (unix: number, timeZone: string): string =>
    new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
      new Date(unix * 1000),
    );

  it.each(['Asia/Tokyo', 'America/Los_Angeles', 'UTC'])(
    'days, hours and time_pretty are the site’s own (%s)',
    (timeZone) => {
      const clock = new SiteClock(timeZone);
      const now = clock.toUnix((Date.parse(`${TODAY}T00:00:00Z`) / 1000 / 86400 + 1) * 86400) - 1;
      const traffic = generateTraffic({
        seed: 3,
        siteId: 9,
        today: TODAY,
        days: 30,
        visitorsPerDay: 40,
        nowSeconds: now,
        clock,
      });
      const ctx = { siteId: 9, traffic, now, clock };
      const ask2 = (q: string): ReturnType<typeof ask> =>
        answer(readApiRequest(new URLSearchParams(q), 'premium', TODAY), ctx);
      for (const date of ['2024-10-29', '2024-10-15']) {
        const list = ask2(`type=visitors-list&date=${date}&limit=1000`)['visitors-list']?.[0]?.items ?? [];
        expect(list.length).toBeGreaterThan(10);
        for (const v of list) expect(zoneDate(Number(v.time), timeZone)).toBe(date);
        const hours = ask2(`type=visitors&hourly=1&date=${date}`).visitors?.[0]?.items ?? [];
        expect(hours.reduce((n, h) => n + Number(h.value), 0)).toBe(list.length);
        const first = list.at(-1);
        const hour = Number(
          new Intl.DateTimeFormat('en-US', { timeZone, hour: 'numeric', hourCycle: 'h23' }).format(
            new Date(Number(first?.time) * 1000),
          ),
        );
        // Newest hour first: item i is hour 23 - i.
        expect(Number(hours[23 - hour]?.value)).toBeGreaterThan(0);
        expect(String(first?.time_pretty)).toMatch(new RegExp(`, ${hour % 12 === 0 ? 12 : hour % 12}(:\\d\\d)?[ap]$`));
      }
    },
  );
});
