// Conformance: the Clicky Monitor browser extension (cnanney/clicky-monitor), which asks for JSON and walks
// `[{type, dates: [{date, items}]}]` by type name. Described here from javascript/build.js (basics, visitors list,
// charts), javascript/process.js (the fields of a visitor and of a goal notification) and javascript/background.js
// (the badge and goal notifications with goal=* and time_offset).
import { describe, expect, it } from 'vitest';
import { DEMO_SITE } from '../../src/index.ts';
import { TODAY, withEmulator } from '../helpers.ts';
import { asJson, bodyOf, type Loose } from './client-view.ts';

/** The extension's way to find a type's block and the first value in it. */
const block = (data: Loose[], type: string): Loose => data.find((d) => d.type === type);
const firstValue = (data: Loose[], type: string): unknown => block(data, type)?.dates?.[0]?.items?.[0]?.value;
/** Its error check: any element of the list with an `error`. */
const apiError = (data: Loose[]): unknown => data.find((d) => d?.error)?.error;

describe('cnanney/clicky-monitor', () => {
  it('basics (build.js): one value per tally type and a goals sum, from one JSON request', async () => {
    await withEmulator({}, async (emu) => {
      const types =
        'visitors-online,visitors,actions,actions-average,time-total-pretty,time-average-pretty,bounce-rate';
      const data = asJson(await bodyOf(emu, `date=today&type=${types},goals&output=json&app=clickychrome`));
      expect(Array.isArray(data)).toBe(true);
      expect(apiError(data)).toBeUndefined();
      for (const type of types.split(',')) expect(typeof firstValue(data, type), type).toBe('string');
      expect(Number(firstValue(data, 'visitors'))).toBeGreaterThan(0);
      expect(String(firstValue(data, 'time-average-pretty'))).toMatch(/\d+[ms]/);
      // The goals line adds parseFloat(value) over the goals items.
      const goals: Loose[] = block(data, 'goals').dates[0].items;
      expect(goals.every((g) => Number.isFinite(Number.parseFloat(g.value)))).toBe(true);
    });
  });

  it('visitors list (build.js, process.js): the fields each of the last 5 visitors is drawn from', async () => {
    await withEmulator({}, async (emu) => {
      const data = asJson(await bodyOf(emu, 'type=visitors-list&output=json&limit=5&date=today'));
      const items: Loose[] = data[0].dates[0].items;
      expect(items).toHaveLength(5);
      for (const v of items) {
        expect(new URL(v.landing_page).pathname).toMatch(/^\//);
        expect(new URL(v.stats_url).searchParams.get('session_id')).toBe(v.session_id);
        expect(v.country_code).toMatch(/^[a-z]{2}$/); // a flag image unless "xx"
        expect(typeof v.geolocation).toBe('string');
        expect(typeof v.ip_address).toBe('string');
        expect(typeof v.time_pretty).toBe('string');
        expect(Number(v.time_total)).toBeGreaterThanOrEqual(0);
        expect(Number(v.actions)).toBeGreaterThan(0);
        // The referrer line shows only when referrer_domain is there, then links referrer_url.
        if (v.referrer_domain) expect(typeof v.referrer_url).toBe('string');
        // A goal marker: goals && goals.completed.
        if (v.goals) expect(Array.isArray(v.goals.completed) || v.goals.completed === undefined).toBe(true);
      }
    });
  });

  it('browser pie chart (build.js): title, Number(value_percent) and stats_url of up to 11 items', async () => {
    await withEmulator({}, async (emu) => {
      const data = asJson(await bodyOf(emu, 'output=json&type=web-browsers&date=last-30-days&limit=11'));
      const items: Loose[] = data[0].dates[0].items;
      expect(items.length).toBeGreaterThan(1);
      expect(items.length).toBeLessThanOrEqual(11);
      const percents = items.map((i) => Number(i.value_percent));
      expect(percents.every(Number.isFinite)).toBe(true);
      for (const i of items) {
        expect(i.title.length).toBeGreaterThan(0);
        expect(new URL(i.stats_url).protocol).toBe('https:');
      }
    });
  });

  it('line chart (build.js): previous-30-days&daily=1, read from the last date group back to the first', async () => {
    await withEmulator({}, async (emu) => {
      const data = asJson(await bodyOf(emu, 'output=json&type=visitors&date=previous-30-days&daily=1'));
      const dates: Loose[] = data[0].dates;
      expect(dates).toHaveLength(30);
      const oldestFirst = [...dates].reverse().map((d) => d.date);
      expect(oldestFirst).toEqual([...oldestFirst].sort());
      expect(oldestFirst.at(-1)).toBe('2024-10-28'); // yesterday: previous days leave today out
      for (const d of dates) expect(Number.isFinite(Number(d.items[0].value))).toBe(true);
    });
  });

  it('badge and goal notifications (background.js): goal=*&time_offset with visitors-online, goals, visitors-list', async () => {
    // A busy site, its "now" at noon, so that the last 10 minutes hold visits that completed goals.
    const site = { ...DEMO_SITE, visitorsPerDay: 4000 };
    const now = Date.parse(`${TODAY}T12:00:00Z`) / 1000;
    await withEmulator({ sites: [site], days: 2, now }, async (emu) => {
      const query =
        'date=today&output=json&app=clickychrome_mv3&goal=*&time_offset=600&type=visitors-online,goals,visitors-list';
      const data = asJson(await bodyOf(emu, query, site));
      expect(apiError(data)).toBeUndefined();
      expect(Number(firstValue(data, 'visitors-online'))).toBeGreaterThan(0);
      const visitors: Loose[] = block(data, 'visitors-list').dates[0].items;
      expect(visitors.length).toBeGreaterThan(0);
      for (const v of visitors) {
        // What a notification is made of: the completed goals joined, the revenue, who and where.
        expect(v.goals.completed.length).toBeGreaterThan(0);
        expect(v.goals.completed.join(', ')).toMatch(/^(Purchase|Signup)(, (Purchase|Signup))*$/);
        if (v.goals.completed.includes('Purchase')) expect(Number(v.goals.revenue)).toBeGreaterThan(0);
        expect(Number.parseInt(v.time, 10)).toBeGreaterThanOrEqual(now - 600);
        expect(v.session_id).toMatch(/^\d+$/);
        expect(typeof v.stats_url).toBe('string');
        expect(typeof (v.custom?.username ?? v.ip_address)).toBe('string');
      }
    });
  });

  it('errors (build.js, background.js): a list whose element carries `error`', async () => {
    await withEmulator({}, async (emu) => {
      const data = asJson(
        await bodyOf(emu, 'type=visitors&output=json', { id: DEMO_SITE.id, sitekey: 'wrongwrongwrong1' }),
      );
      expect(apiError(data)).toBe('Invalid sitekey.');
    });
  });
});
