// Segmentation: each requested segment counted over the visitors the filters select, and the summary totals.
import { DATA_TYPES, type DataType, type PopularType, type TallyType } from '@clicky-sdk/core';
import type { AnswerContext, SessionsOf } from './answer-context.ts';
import type { ApiRequest } from './api-request.ts';
import { group, type Item, type Result } from './date-groups.ts';
import { filterSessions } from './filters.ts';
import { popularGroups } from './popular-answer.ts';
import { TALLIES, totalsOf } from './tallies.ts';
import { sessionTallies, tallyGroups } from './tally-answer.ts';
import type { Session } from './traffic.ts';

/** Totals for the visitors matching the filters (segments=summary), counted as the tally types count them. */
function summaryItems(sessions: readonly Session[]): Item[] {
  const t = totalsOf(sessions);
  return [
    { title: 'Visitors', value: TALLIES.visitors(t) },
    { title: 'Unique visitors', value: TALLIES['visitors-unique'](t) },
    { title: 'Actions', value: TALLIES.actions(t) },
    { title: 'Average actions per visit', value: TALLIES['actions-average'](t) },
    { title: 'Average time per visit', value: TALLIES['time-average'](t) },
    { title: 'Bounce rate', value: TALLIES['bounce-rate'](t) },
    { title: 'Goals completed', value: t.goalsCompleted },
  ];
}

/** Adds each segment's date groups to `result`, keyed by segment name. */
export function addSegments(result: Result, req: ApiRequest, ctx: AnswerContext, all: SessionsOf): void {
  const filtered: SessionsOf = (a, b) =>
    filterSessions(all(a, b), { filters: req.filters, custom: req.custom, now: ctx.now });
  for (const segment of req.segments) {
    if (segment === 'summary')
      result.summary = [group(req.startDay, req.endDay, summaryItems(filtered(req.startDay, req.endDay)))];
    else if (DATA_TYPES[segment as DataType].category === 'tally')
      result[segment] = tallyGroups(segment as TallyType, req, ctx, sessionTallies(filtered));
    else result[segment] = popularGroups(segment as PopularType, req, ctx, filtered);
  }
}
