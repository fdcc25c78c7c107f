// From a request the API would accept to the result it would answer: every type, counted from the site's traffic.
import { DATA_TYPES, type PopularType, type TallyType } from '@clicky-sdk/core';
import type { AnswerContext, SessionsOf } from './answer-context.ts';
import type { ApiRequest } from './api-request.ts';
import { chronologicalGroup } from './chronological-answer.ts';
import type { Result } from './date-groups.ts';
import { popularGroups } from './popular-answer.ts';
import { addSegments } from './segmentation-answer.ts';
import { siteTallies, tallyGroups } from './tally-answer.ts';
import { sessionsBetween } from './traffic.ts';

/** The result for a request, keyed by type (by segment for segmentation), in the request's order. */
export function answer(req: ApiRequest, ctx: AnswerContext): Result {
  const result: Result = {};
  const all: SessionsOf = (a, b) => sessionsBetween(ctx.traffic, a, b);
  for (const type of req.types) {
    const category = DATA_TYPES[type].category;
    if (category === 'tally') result[type] = tallyGroups(type as TallyType, req, ctx, siteTallies(ctx));
    else if (category === 'popular') result[type] = popularGroups(type as PopularType, req, ctx, all);
    else if (category === 'chronological') result[type] = [chronologicalGroup(type, req, ctx)];
    else addSegments(result, req, ctx, all);
  }
  return result;
}
