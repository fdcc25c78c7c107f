// Conformance: Yoast's Clicky plugin for WordPress (jdevalk/clicky), whose admin-bar graph is described here
// from frontend/visitor-graph.php: it asks type=visitors&hourly=1&date=last-3-days as JSON, refuses the answer
// when [0].error is set, takes the items of [0].dates in order as hours until it has 48, and reverses them to draw
// the last 48 hours from oldest to newest.
import { describe, expect, it } from 'vitest';
import { withEmulator } from '../helpers.ts';
import { asJson, bodyOf, type Loose } from './client-view.ts';

describe('jdevalk/clicky (Yoast)', () => {
  it('visitor graph (frontend/visitor-graph.php): the first 48 hourly items, reversed, are the last two days', async () => {
    await withEmulator({}, async (emu) => {
      const json = asJson(await bodyOf(emu, 'type=visitors&hourly=1&date=last-3-days&output=json'));
      expect(json[0].error).toBeUndefined();
      const values: string[] = [];
      for (const date of json[0].dates as Loose[])
        for (const item of date.items as Loose[]) if (values.length < 48) values.push(item.value);
      expect(values).toHaveLength(48);
      const bars = values.reverse().map(Number);
      expect(bars.every((n) => Number.isInteger(n) && n >= 0)).toBe(true);

      // Oldest to newest: yesterday's hours 0..23, then today's 0..23, each day adding up to its visitors.
      const daily = asJson(await bodyOf(emu, 'type=visitors&daily=1&date=last-2-days&output=json'));
      const [today, yesterday] = (daily[0].dates as Loose[]).map((d) => Number(d.items[0].value));
      const sum = (ns: number[]): number => ns.reduce((a, b) => a + b, 0);
      expect(sum(bars.slice(0, 24))).toBe(yesterday);
      expect(sum(bars.slice(24))).toBe(today);
      // And hour by hour: the graph's bar for today's 18:00 is the hourly count of 18:00.
      const hourly = asJson(await bodyOf(emu, 'type=visitors&hourly=1&date=today&output=json'));
      const todayHours = (hourly[0].dates[0].items as Loose[]).map((i) => Number(i.value));
      expect(bars[24 + 18]).toBe(todayHours[23 - 18]);
    });
  });

  it('refuses an error answer by [0].error', async () => {
    await withEmulator({}, async (emu) => {
      const json = asJson(
        await bodyOf(emu, 'type=visitors&hourly=1&date=last-3-days&output=json', { id: 1, sitekey: 'x' }),
      );
      expect(json[0].error).toBe('Invalid site ID.');
    });
  });
});
