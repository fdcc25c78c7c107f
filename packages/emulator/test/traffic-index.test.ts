// The per-day index gives exactly what a pass over the sessions gives, for any range, in any time zone.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SiteClock } from '../src/clock.ts';
import { isOnline } from '../src/filters.ts';
import { hoursOf, totalsOf } from '../src/tallies.ts';
import { generateTraffic, sessionsBetween } from '../src/traffic.ts';
import { TrafficIndex } from '../src/traffic-index.ts';

const TODAY = '2024-10-29';

describe.each(['UTC', 'America/New_York', 'Asia/Kolkata'])('traffic index (%s)', (timeZone) => {
  const clock = new SiteClock(timeZone);
  const lastDay = Date.parse(`${TODAY}T00:00:00Z`) / 86_400_000;
  // "Now" is mid-afternoon of today: today's traffic is partial and some visitors are online.
  const now = clock.toUnix(lastDay * 86_400 + 15 * 3600);
  const traffic = generateTraffic({
    seed: 11,
    siteId: 5,
    today: TODAY,
    days: 90,
    visitorsPerDay: 40,
    nowSeconds: now,
    clock,
  });
  const index = new TrafficIndex(traffic);
  const day = fc.integer({ min: traffic.firstDay - 10, max: traffic.lastDay + 3 });

  it('totals of any range equal the totals of its sessions', () => {
    fc.assert(
      fc.property(day, day, (x, y) => {
        const [a, b] = x <= y ? [x, y] : [y, x];
        expect(index.totals(a, b)).toEqual(totalsOf(sessionsBetween(traffic, a, b)));
      }),
      { numRuns: 300 },
    );
  });

  it('hours of any day or range equal the hours of its sessions', () => {
    fc.assert(
      fc.property(day, fc.nat(3), fc.constantFrom('visitors' as const, 'actions' as const), (d, more, type) => {
        expect(index.hours(type, d, d + more)).toEqual(hoursOf(type, sessionsBetween(traffic, d, d + more)));
      }),
      { numRuns: 200 },
    );
  });

  it('visitors online equals a count over every session', () => {
    for (const at of [now, now - 600, now - 86_400, clock.toUnix((lastDay - 40) * 86_400 + 12 * 3600)]) {
      const expected = traffic.sessions.filter((s) => isOnline(s, at)).length;
      expect(index.online(at)).toBe(expected);
    }
    expect(index.online(now)).toBeGreaterThan(0);
  });
});
