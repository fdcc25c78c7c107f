// From a request the API would accept to the result it would answer: every type, counted from the site's traffic.
import {
  DATA_TYPES,
  type DataType,
  type DateGroup,
  formatIso,
  type PopularType,
  type TallyType,
} from '@clicky-sdk/core';
import type { ApiRequest } from './api-request.ts';
import { SiteClock } from './clock.ts';
import { type FilterContext, filterActions, filterSessions, lastActionTime } from './filters.ts';
import { actionItem, type ListContext, recentItems, uptimeEventItems, uptimeItems, visitorItem } from './lists.ts';
import { byPopularity, POPULAR, type PopularContext, type PopularRow } from './popular.ts';
import { round } from './pretty.ts';
import { hourlyTally, TALLIES } from './tallies.ts';
import { DAY_SECONDS, type Session, sessionsBetween, type Traffic } from './traffic.ts';

type Item = Record<string, unknown>;
export type Result = Record<string, DateGroup<Item>[]>;

export interface AnswerContext {
  readonly siteId: number;
  readonly traffic: Traffic;
  /** Unix seconds "now". */
  readonly now: number;
  /** The site's clock (days and hours in its time zone). Default UTC. */
  readonly clock?: SiteClock;
}

const UTC = new SiteClock('UTC');

const group = (startDay: number, endDay: number, items: Item[]): DateGroup<Item> => {
  const start = formatIso(startDay);
  const end = formatIso(endDay);
  return { date: start === end ? start : `${start},${end}`, start, end, items };
};

/** The date groups of a request: one per day, newest first, with daily=1; else one for the whole range. */
function dayRanges(req: ApiRequest): [number, number][] {
  if (!req.daily) return [[req.startDay, req.endDay]];
  const out: [number, number][] = [];
  for (let d = req.endDay; d >= req.startDay; d--) out.push([d, d]);
  return out;
}

const trendOf = (current: number, previous: number): number | undefined =>
  previous === 0 ? undefined : Math.max(-999, Math.min(999, Math.round(((current - previous) / previous) * 100)));

function tallyGroups(
  type: TallyType,
  req: ApiRequest,
  ctx: AnswerContext,
  pick: (a: number, b: number) => readonly Session[],
): DateGroup<Item>[] {
  if (type === 'visitors-online') {
    const online = ctx.traffic.sessions.filter((s) => lastActionTime(s) >= ctx.now - 900 && s.time <= ctx.now).length;
    const today = (ctx.clock ?? UTC).dayOf(ctx.now);
    return [group(today, today, [{ value: online }])];
  }
  return dayRanges(req).map(([a, b]) => {
    const sessions = pick(a, b);
    if (req.hourly && (type === 'visitors' || type === 'actions'))
      return group(
        a,
        b,
        hourlyTally(type, sessions).map((value) => ({ value })),
      );
    const value = TALLIES[type](sessions);
    const item: Item = { value };
    if (req.trends && typeof value === 'number') {
      const len = b - a + 1;
      const previous = TALLIES[type](pick(a - len, a - 1));
      const trend = trendOf(value, typeof previous === 'number' ? previous : 0);
      if (trend !== undefined) item.trend = trend;
    }
    return group(a, b, [item]);
  });
}

function popularItems(rows: PopularRow[], req: ApiRequest, previous: PopularRow[] | undefined): Item[] {
  const total = rows.reduce((sum, r) => sum + r.value, 0);
  let kept = rows;
  if (req.item !== undefined) kept = kept.filter((r) => r.title === req.item);
  if (req.filter) {
    const { text, negate } = req.filter;
    kept = kept.filter((r) => r.title.toLowerCase().includes(text) !== negate);
  }
  const before = new Map(previous?.map((r) => [r.title, r.value]));
  return kept
    .sort(byPopularity)
    .slice((req.page - 1) * req.limit, req.page * req.limit)
    .map((r) => {
      const item: Item = {
        title: r.title,
        value: r.value,
        value_percent: round(total === 0 ? 0 : (r.value / total) * 100, 1),
      };
      if (r.url !== undefined) item.url = r.url;
      if (previous) {
        const trend = trendOf(r.value, before.get(r.title) ?? 0);
        if (trend !== undefined) item.trend = trend;
      }
      return Object.assign(item, r.extra);
    });
}

function popularGroups(
  type: PopularType,
  req: ApiRequest,
  ctx: AnswerContext,
  pick: (a: number, b: number) => readonly Session[],
): DateGroup<Item>[] {
  const pctx: PopularContext = { siteId: ctx.siteId, heatmapUrl: req.heatmapUrl, videoMeta: req.videoMeta };
  return dayRanges(req).map(([a, b]) => {
    const len = b - a + 1;
    const previous = req.trends ? POPULAR[type](pick(a - len, a - 1), pctx) : undefined;
    return group(a, b, popularItems(POPULAR[type](pick(a, b), pctx), req, previous));
  });
}

const page = <T>(items: readonly T[], req: ApiRequest): T[] =>
  items.slice((req.page - 1) * req.limit, req.page * req.limit);

function chronologicalGroup(type: DataType, req: ApiRequest, ctx: AnswerContext, fctx: FilterContext): DateGroup<Item> {
  const lctx: ListContext = {
    siteId: ctx.siteId,
    multiValues: req.multiValues,
    nullValues: req.nullValues,
    visitorDetails: req.visitorDetails,
  };
  const { traffic } = ctx;
  let a = req.startDay;
  let b = req.endDay;
  let sessions: readonly Session[];
  const sessionId = req.filters.get('session_id');
  if (req.alertId !== undefined && req.types.length === 1 && traffic.sessions.length > 0) {
    // The emulator's alert N is the Nth session of the site's history, wrapping around.
    const s = traffic.sessions[req.alertId % traffic.sessions.length] as Session;
    sessions = [s];
    a = b = s.day;
  } else if (sessionId !== undefined && (type === 'visitors-list' || type === 'actions-list')) {
    sessions = traffic.sessions.filter((s) => String(s.id) === sessionId); // whatever the date
    if (sessions[0]) a = b = sessions[0].day;
  } else if (req.timeOffset !== undefined && (type === 'visitors-list' || type === 'actions-list')) {
    sessions = traffic.sessions.filter((s) => s.time >= ctx.now - (req.timeOffset as number) && s.time <= ctx.now);
    a = b = (ctx.clock ?? UTC).dayOf(ctx.now);
  } else sessions = sessionsBetween(traffic, a, b);

  switch (type) {
    case 'visitors-list': {
      const matching = filterSessions(sessions, fctx);
      return group(
        a,
        b,
        page([...matching].reverse(), req).map((s) => visitorItem(s, lctx)),
      );
    }
    case 'actions-list': {
      const actions = filterActions(
        sessions.flatMap((s) => s.actions),
        req.filters,
      );
      return group(
        a,
        b,
        page(
          [...actions].sort((x, y) => y.time - x.time),
          req,
        ).map((x) => actionItem(x, lctx)),
      );
    }
    case 'searches-recent':
    case 'searches-unique':
    case 'links-recent':
    case 'links-unique':
      return group(
        a,
        b,
        page(
          recentItems(
            type.startsWith('searches') ? 'searches' : 'links',
            sessions,
            traffic,
            type.endsWith('unique'),
            ctx.siteId,
          ),
          req,
        ),
      );
    case 'uptime':
      return group(
        a,
        b,
        page(
          uptimeItems(
            traffic.uptimeEvents,
            (ctx.clock ?? UTC).toUnix(a * DAY_SECONDS),
            (ctx.clock ?? UTC).toUnix((b + 1) * DAY_SECONDS),
            ctx.now,
          ),
          req,
        ),
      );
    case 'uptime-list':
      return group(
        a,
        b,
        page(
          uptimeEventItems(
            traffic.uptimeEvents,
            (ctx.clock ?? UTC).toUnix(a * DAY_SECONDS),
            (ctx.clock ?? UTC).toUnix((b + 1) * DAY_SECONDS),
          ),
          req,
        ),
      );
    default:
      return group(a, b, []);
  }
}

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

/** The result for a request, keyed by type (by segment for segmentation), in the request's order. */
export function answer(req: ApiRequest, ctx: AnswerContext): Result {
  const result: Result = {};
  const fctx: FilterContext = { filters: req.filters, custom: req.custom, now: ctx.now };
  const all = (a: number, b: number): readonly Session[] => sessionsBetween(ctx.traffic, a, b);
  for (const type of req.types) {
    const category = DATA_TYPES[type].category;
    if (category === 'tally') result[type] = tallyGroups(type as TallyType, req, ctx, all);
    else if (category === 'popular') result[type] = popularGroups(type as PopularType, req, ctx, all);
    else if (category === 'chronological') result[type] = [chronologicalGroup(type, req, ctx, fctx)];
    else {
      // segmentation: the segments over the visitors that match the filters
      const filtered = (a: number, b: number): readonly Session[] => filterSessions(all(a, b), fctx);
      for (const segment of req.segments) {
        if (segment === 'summary')
          result.summary = [group(req.startDay, req.endDay, summaryItems(filtered(req.startDay, req.endDay)))];
        else if (DATA_TYPES[segment as DataType].category === 'tally')
          result[segment] = tallyGroups(segment as TallyType, req, ctx, filtered);
        else result[segment] = popularGroups(segment as PopularType, req, ctx, filtered);
      }
    }
  }
  return result;
}
