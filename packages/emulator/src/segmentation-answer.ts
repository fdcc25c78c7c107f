// Segmentation: each requested segment counted over the visitors the filters select, and the summary totals.
import { DATA_TYPES, type DataType, type PopularType, type TallyType } from '@clicky-sdk/core';
import type { AnswerContext, SessionsOf } from './answer-context.ts';
import type { ApiRequest } from './api-request.ts';
import { group, type Item, type Result } from './date-groups.ts';
import { filterSessions } from './filters.ts';
import { popularGroups } from './popular-answer.ts';
import { round } from './pretty.ts';
import { tallyGroups } from './tally-answer.ts';
import type { Session } from './traffic.ts';

/** Totals for the visitors matching the filters (segments=summary). */
function summaryItems(sessions: readonly Session[]): Item[] {
  const actions = sessions.reduce((n, s) => n + s.actions.length, 0);
  const time = sessions.reduce((n, s) => n + s.timeTotal, 0);
  const n = sessions.length;
  return [
    { title: 'Visitors', value: n },
    { title: 'Unique visitors', value: new Set(sessions.map((s) => s.visitor.uid)).size },
    { title: 'Actions', value: actions },
    { title: 'Average actions per visit', value: n === 0 ? 0 : round(actions / n, 1) },
    { title: 'Average time per visit', value: n === 0 ? 0 : Math.round(time / n) },
    {
      title: 'Bounce rate',
      value: n === 0 ? 0 : Math.round((sessions.filter((s) => s.actions.length === 1).length / n) * 100),
    },
    { title: 'Goals completed', value: sessions.reduce((c, s) => c + s.goalsCompleted.length, 0) },
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
      result[segment] = tallyGroups(segment as TallyType, req, ctx, filtered);
    else result[segment] = popularGroups(segment as PopularType, req, ctx, filtered);
  }
}
