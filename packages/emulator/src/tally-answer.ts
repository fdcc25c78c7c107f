// Tally types as date groups: one value per group, per hour with hourly=1 (newest hour first, as the dates), a
// trend with trends=1.
import { DATA_TYPES, type DateGroup, type HourlyType, type TallyType } from '@clicky-sdk/core';
import type { AnswerContext, SessionsOf } from './answer-context.ts';
import type { ApiRequest } from './api-request.ts';
import { dayRanges, group, type Item, trendOf } from './date-groups.ts';
import { hoursOf, TALLIES, type Totals, totalsOf } from './tallies.ts';
import { indexOf } from './traffic-index.ts';

/** Where a tally's numbers come from: the site's day totals, or a pass over the sessions a segmentation keeps. */
export interface TallySource {
  totals(startDay: number, endDay: number): Totals;
  hours(type: HourlyType, startDay: number, endDay: number): readonly number[];
}

/** Every session of the site, from its index: no pass over the sessions. */
export const siteTallies = (ctx: AnswerContext): TallySource => indexOf(ctx.traffic);

/** The sessions `sessionsOf` gives, counted on each call. */
export const sessionTallies = (sessionsOf: SessionsOf): TallySource => ({
  totals: (a, b) => totalsOf(sessionsOf(a, b)),
  hours: (type, a, b) => hoursOf(type, sessionsOf(a, b)),
});

export function tallyGroups(
  type: TallyType,
  req: ApiRequest,
  ctx: AnswerContext,
  source: TallySource,
): DateGroup<Item>[] {
  if (type === 'visitors-online') {
    const today = ctx.clock.dayOf(ctx.now);
    return [group(today, today, [{ value: indexOf(ctx.traffic).online(ctx.now) }])];
  }
  return dayRanges(req).map(([a, b]) => {
    if (req.hourly && DATA_TYPES[type].hourly) {
      const hours = source.hours(type as HourlyType, a, b);
      // Hour 23 first: item i is hour 23 - i (quirk hourly-newest-first).
      const items: Item[] = [];
      for (let h = hours.length - 1; h >= 0; h--) items.push({ value: hours[h] ?? 0 });
      return group(a, b, items);
    }
    const value = TALLIES[type](source.totals(a, b));
    const item: Item = { value };
    if (req.trends && typeof value === 'number') {
      const len = b - a + 1;
      const previous = TALLIES[type](source.totals(a - len, a - 1));
      const trend = trendOf(value, typeof previous === 'number' ? previous : 0);
      if (trend !== undefined) item.trend = trend;
    }
    return group(a, b, [item]);
  });
}
