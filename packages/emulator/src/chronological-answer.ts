// Chronological types as their one date group: the sessions a request selects, then that type's items, newest
// first, paged.
import { type DataType, type DateGroup, SECONDS_PER_DAY } from '@clicky-sdk/core';
import type { AnswerContext } from './answer-context.ts';
import type { ApiRequest } from './api-request.ts';
import { group, type Item, page } from './date-groups.ts';
import { type FilterContext, filterActions, filterSessions } from './filters.ts';
import { actionItem, type ListContext, recentItems, uptimeEventItems, uptimeItems, visitorItem } from './lists.ts';
import { appliesTo } from './spec-params.ts';
import { type Session, sessionsBetween } from './traffic.ts';

interface Selection {
  readonly sessions: readonly Session[];
  /** The group's days: the request's range, or the day of the one session or moment asked for. */
  readonly startDay: number;
  readonly endDay: number;
}

/** Which sessions a chronological request is about: an alert's, one session id, the last seconds, or a range. */
function select(type: DataType, req: ApiRequest, ctx: AnswerContext): Selection {
  const { traffic } = ctx;
  const sessionId = req.filters.get('session_id');
  if (req.alertId !== undefined && req.types.length === 1 && traffic.sessions.length > 0) {
    // The emulator's alert N is the Nth session of the site's history, wrapping around.
    const s = traffic.sessions[req.alertId % traffic.sessions.length] as Session;
    return { sessions: [s], startDay: s.day, endDay: s.day };
  }
  if (sessionId !== undefined && appliesTo('session_id', type)) {
    const sessions = traffic.sessions.filter((s) => String(s.id) === sessionId); // whatever the date
    const day = sessions[0]?.day;
    return { sessions, startDay: day ?? req.startDay, endDay: day ?? req.endDay };
  }
  if (req.timeOffset !== undefined && appliesTo('time_offset', type)) {
    const from = ctx.now - req.timeOffset;
    const today = ctx.clock.dayOf(ctx.now);
    return {
      sessions: traffic.sessions.filter((s) => s.time >= from && s.time <= ctx.now),
      startDay: today,
      endDay: today,
    };
  }
  return { sessions: sessionsBetween(traffic, req.startDay, req.endDay), startDay: req.startDay, endDay: req.endDay };
}

function items(type: DataType, req: ApiRequest, ctx: AnswerContext, { sessions, startDay, endDay }: Selection): Item[] {
  const lctx: ListContext = {
    siteId: ctx.siteId,
    multiValues: req.multiValues,
    nullValues: req.nullValues,
    visitorDetails: req.visitorDetails,
  };
  const fctx: FilterContext = { filters: req.filters, custom: req.custom, now: ctx.now };
  const start = ctx.clock.toUnix(startDay * SECONDS_PER_DAY);
  const end = ctx.clock.toUnix((endDay + 1) * SECONDS_PER_DAY);
  switch (type) {
    case 'visitors-list':
      return page([...filterSessions(sessions, fctx)].reverse(), req).map((s) => visitorItem(s, lctx));
    case 'actions-list': {
      const actions = filterActions(
        sessions.flatMap((s) => s.actions),
        req.filters,
      );
      return page(
        [...actions].sort((x, y) => y.time - x.time),
        req,
      ).map((x) => actionItem(x, lctx));
    }
    case 'searches-recent':
    case 'searches-unique':
    case 'links-recent':
    case 'links-unique': {
      const kind = type.startsWith('searches') ? 'searches' : 'links';
      return page(recentItems(kind, sessions, ctx.traffic, type.endsWith('unique'), ctx.siteId), req);
    }
    case 'uptime':
      return page(uptimeItems(ctx.traffic.uptimeEvents, start, end, ctx.now), req);
    case 'uptime-list':
      return page(uptimeEventItems(ctx.traffic.uptimeEvents, start, end), req);
    default:
      return [];
  }
}

export function chronologicalGroup(type: DataType, req: ApiRequest, ctx: AnswerContext): DateGroup<Item> {
  const selection = select(type, req, ctx);
  return group(selection.startDay, selection.endDay, items(type, req, ctx, selection));
}
