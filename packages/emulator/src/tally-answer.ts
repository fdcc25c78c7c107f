// Tally types as date groups: one value per group, per hour with hourly=1, a trend with trends=1.
import { DATA_TYPES, type DateGroup, type HourlyType, type TallyType } from '@clicky-sdk/core';
import type { AnswerContext, SessionsOf } from './answer-context.ts';
import type { ApiRequest } from './api-request.ts';
import { dayRanges, group, type Item, trendOf } from './date-groups.ts';
import { isOnline } from './filters.ts';
import { hourlyTally, TALLIES } from './tallies.ts';

export function tallyGroups(
  type: TallyType,
  req: ApiRequest,
  ctx: AnswerContext,
  sessionsOf: SessionsOf,
): DateGroup<Item>[] {
  if (type === 'visitors-online') {
    const online = ctx.traffic.sessions.filter((s) => isOnline(s, ctx.now)).length;
    const today = ctx.clock.dayOf(ctx.now);
    return [group(today, today, [{ value: online }])];
  }
  return dayRanges(req).map(([a, b]) => {
    const sessions = sessionsOf(a, b);
    if (req.hourly && DATA_TYPES[type].hourly)
      return group(
        a,
        b,
        hourlyTally(type as HourlyType, sessions).map((value) => ({ value })),
      );
    const value = TALLIES[type](sessions);
    const item: Item = { value };
    if (req.trends && typeof value === 'number') {
      const len = b - a + 1;
      const previous = TALLIES[type](sessionsOf(a - len, a - 1));
      const trend = trendOf(value, typeof previous === 'number' ? previous : 0);
      if (trend !== undefined) item.trend = trend;
    }
    return group(a, b, [item]);
  });
}
