// The emulator answers as the spec's quirks say the API does, for any seed: hours newest first and for every count
// of actions, goals as clients read them, goal=*, referrer_type on direct visits, stats_url on popular items.
import { DATA_TYPES, type DataType, type HourlyType, parseIso } from '@clicky-sdk/core';
import { describe, expect, it } from 'vitest';
import { answer } from '../src/answer.ts';
import { readApiRequest } from '../src/api-request.ts';
import { SITE_URL } from '../src/catalog.ts';
import { SiteClock } from '../src/clock.ts';
import { generateTraffic, sessionsBetween, type Traffic } from '../src/traffic.ts';

const TODAY = '2024-10-29';
const NOW = Date.parse(`${TODAY}T23:59:59Z`) / 1000;
const UTC = new SiteClock('UTC');
type Groups = { date: string; items: Record<string, unknown>[] }[];

const ask = (traffic: Traffic, query: string): Record<string, Groups> =>
  answer(readApiRequest(new URLSearchParams(query), 'premium', TODAY), {
    siteId: 32020,
    traffic,
    now: NOW,
    clock: UTC,
  });
const items = (r: Record<string, Groups>, type: string, group = 0): Record<string, unknown>[] =>
  r[type]?.[group]?.items ?? [];
const values = (list: Record<string, unknown>[]): number[] => list.map((i) => Number(i.value));
const sum = (ns: readonly number[]): number => ns.reduce((a, b) => a + b, 0);

const HOURLY = (Object.keys(DATA_TYPES) as DataType[]).filter((t) => DATA_TYPES[t].hourly) as HourlyType[];

describe.each([1, 17, 2024])('seed %i', (seed) => {
  const traffic = generateTraffic({ seed, siteId: 32020, today: TODAY, days: 40, visitorsPerDay: 60, nowSeconds: NOW });
  const yesterday = (parseIso(TODAY) as number) - 1;
  const visits = sessionsBetween(traffic, yesterday, yesterday);

  it('answers hourly=1 for visitors and every count of actions, 24 values adding up to the day', () => {
    expect(HOURLY).toEqual([
      'visitors',
      'actions',
      'actions-pageviews',
      'actions-downloads',
      'actions-outbounds',
      'actions-clicks',
    ]);
    const hourly = ask(traffic, `type=${HOURLY.join(',')}&hourly=1&date=yesterday`);
    const day = ask(traffic, `type=${HOURLY.join(',')}&date=yesterday`);
    for (const type of HOURLY) {
      expect(items(hourly, type), type).toHaveLength(24);
      expect(items(hourly, type).every((i) => Object.keys(i).join() === 'value')).toBe(true);
      expect(sum(values(items(hourly, type))), type).toBe(Number(items(day, type)[0]?.value));
    }
    // Hour by hour, the kinds of actions never add up to more than all actions.
    for (let h = 0; h < 24; h++) {
      const kinds = ['actions-pageviews', 'actions-downloads', 'actions-outbounds', 'actions-clicks'];
      expect(sum(kinds.map((t) => Number(items(hourly, t)[h]?.value)))).toBeLessThanOrEqual(
        Number(items(hourly, 'actions')[h]?.value),
      );
    }
  });

  it('sends hours newest first: item i is hour 23 - i', () => {
    const byHour = new Array<number>(24).fill(0);
    for (const s of visits) {
      const hour = new Date(s.time * 1000).getUTCHours();
      byHour[hour] = (byHour[hour] ?? 0) + 1;
    }
    const hours = values(items(ask(traffic, 'type=visitors&hourly=1&date=yesterday'), 'visitors'));
    expect(hours).toEqual([...byHour].reverse());
  });

  it('answers actions-average daily when hourly=1 is asked with it (an average keeps no hours)', () => {
    const r = ask(traffic, 'type=actions-pageviews,actions-average&hourly=1&date=last-2-days');
    expect(r['actions-pageviews']).toHaveLength(1); // no longer broken down by day or hour
    expect(items(r, 'actions-pageviews')).toHaveLength(1);
  });

  it('gives every direct visit referrer_type "direct", and no referrer fields', () => {
    const list = items(ask(traffic, 'type=visitors-list&date=yesterday&limit=1000'), 'visitors-list');
    const direct = list.filter((v) => v.referrer_url === undefined);
    expect(direct.length).toBeGreaterThan(0);
    for (const v of direct) {
      expect(v.referrer_type).toBe('direct');
      expect(v).not.toHaveProperty('referrer_domain');
    }
    for (const v of list) expect(typeof v.referrer_type).toBe('string');
    const sources = items(ask(traffic, 'type=traffic-sources&date=yesterday&limit=all'), 'traffic-sources');
    expect(Number(sources.find((s) => s.title === 'direct')?.value)).toBe(direct.length);
  });

  it('writes a visit’s goals as goals.completed / incompleted / revenue / cost, and they agree with the goals tally', () => {
    const r = ask(traffic, 'type=visitors-list,goals&date=last-14-days&limit=all');
    expect(items(r, 'visitors-list').length).toBeLessThan(1000); // the whole range, not one capped page
    const withGoals = items(r, 'visitors-list').filter((v) => v.goals !== undefined);
    expect(withGoals.length).toBeGreaterThan(0);
    const completed = new Map<string, number>();
    for (const v of withGoals) {
      const goals = v.goals as Record<string, unknown>;
      expect(Object.keys(goals).every((k) => ['completed', 'incompleted', 'revenue', 'cost'].includes(k))).toBe(true);
      for (const name of (goals.completed as string[] | undefined) ?? [])
        completed.set(name, (completed.get(name) ?? 0) + 1);
    }
    for (const goal of items(r, 'goals')) expect(completed.get(String(goal.title)) ?? 0).toBe(goal.value);
  });

  it('keeps with goal=* exactly the visits that completed a goal, in visitors-list and segmentation', () => {
    const all = items(ask(traffic, 'type=visitors-list&date=last-7-days&limit=1000'), 'visitors-list');
    const any = items(ask(traffic, 'type=visitors-list&date=last-7-days&limit=1000&goal=*'), 'visitors-list');
    const expected = all.filter((v) => ((v.goals as { completed?: string[] } | undefined)?.completed ?? []).length > 0);
    expect(any.length).toBeGreaterThan(0);
    expect(any).toEqual(expected);
    const seg = ask(traffic, 'type=segmentation&segments=visitors&date=last-7-days&goal=*');
    expect(Number(items(seg, 'visitors')[0]?.value)).toBe(expected.length);
    // A goal's own name still filters by that goal only.
    const purchases = items(
      ask(traffic, 'type=visitors-list&date=last-7-days&limit=1000&goal=purchase'),
      'visitors-list',
    );
    for (const v of purchases) expect((v.goals as { completed: string[] }).completed).toContain('Purchase');
  });

  it('gives every popular item a stats_url, filtered to the item where a visitors-list filter names it', () => {
    const popular = (Object.keys(DATA_TYPES) as DataType[]).filter((t) => DATA_TYPES[t].category === 'popular');
    const r = ask(traffic, `type=${popular.join(',')}&date=last-7-days&limit=5`);
    let seen = 0;
    for (const type of popular)
      for (const item of items(r, type)) {
        expect(String(item.stats_url), type).toMatch(/^https:\/\/clicky\.com\/stats\/[a-z-]+\?site_id=32020&date=/);
        seen++;
      }
    expect(seen).toBeGreaterThan(50);
    const page = items(r, 'pages')[0] as { url: string; stats_url: string };
    const url = new URL(page.stats_url);
    expect(url.pathname).toBe('/stats/visitors');
    expect(url.searchParams.get('date')).toBe('2024-10-23,2024-10-29');
    expect(`${SITE_URL}${url.searchParams.get('href')}`).toBe(page.url);
    const browser = items(r, 'web-browsers')[0] as { title: string; stats_url: string };
    expect(new URL(browser.stats_url).searchParams.get('browser')).toBe(browser.title);
    const seg = ask(traffic, 'type=segmentation&segments=countries&date=yesterday&domain=google.com');
    for (const item of items(seg, 'countries'))
      expect(new URL(String(item.stats_url)).searchParams.get('country')).toBe(item.title);
  });
});
