// paginate() against the emulator: every session of a long range exactly once, newest first, in pages of 1,000.
import { addDays } from '@clicky-sdk/core';
import { DEMO_SITE, type Emulator, startEmulator } from '@clicky-sdk/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '../src/index.ts';

let emu: Emulator;
beforeAll(async () => {
  emu = await startEmulator({ seed: 11, days: 80, sites: [{ ...DEMO_SITE, visitorsPerDay: 150 }] });
});
afterAll(() => emu.close());

describe('paginate against the emulator', () => {
  it('reads 70 days of visitors-list: each session once, newest first, as many as the tally counts', async () => {
    // Strict: the emulator's items are whole, and so typed (a session without its id or time would fail the read).
    const clicky = createClient({ siteId: DEMO_SITE.id, sitekey: DEMO_SITE.sitekey, baseUrl: emu.url, strict: true });
    const seen = new Set<number>();
    let previous = Number.POSITIVE_INFINITY;
    let ordered = true;
    for await (const v of clicky.paginate('visitors-list', { date: 'last-70-days' })) {
      seen.add(v.session_id);
      if (v.time > previous) ordered = false;
      previous = v.time;
    }
    // The tally over the same 70 days, asked in windows the plan allows.
    let total = 0;
    for (const [from, to] of [
      [69, 40],
      [39, 10],
      [9, 0],
    ] as const) {
      const date = `${addDays(emu.today, -from)},${addDays(emu.today, -to)}`;
      for (const g of await clicky.visitors({ date, daily: true })) total += g.items[0]?.value ?? 0;
    }
    expect(total).toBeGreaterThan(5_000);
    expect(seen.size).toBe(total);
    expect(ordered).toBe(true);
    expect(emu.stats().maxRestrictedPerSite[String(DEMO_SITE.id)]).toBe(1);
    await clicky.close();
  }, 60_000);

  it('gives whole pages of 1,000 until the short last page of each window', async () => {
    const clicky = createClient({ siteId: DEMO_SITE.id, sitekey: DEMO_SITE.sitekey, baseUrl: emu.url });
    const sizes: number[] = [];
    for await (const page of clicky.paginate('visitors-list', { date: 'last-20-days' }).pages())
      sizes.push(page.items.length);
    expect(sizes.slice(0, -1).every((n) => n === 1000)).toBe(true);
    expect(sizes.at(-1)).toBeLessThan(1000);
    await clicky.close();
  });
});
