// Chronological types: visitors, actions, searches, links and uptime, newest first, in the API's item shapes.
import { SHAPES } from '@clicky-sdk/decoders';
import { SITE_URL } from './catalog.ts';
import type { Item } from './date-groups.ts';
import { timePretty } from './pretty.ts';
import { recentStatsUrl, sessionStatsUrl as statsUrl } from './stats-urls.ts';
import type { Action, Session, Traffic, UptimeEvent } from './traffic.ts';

const VISITOR_FIELDS = Object.keys(SHAPES.VisitorsListItem?.fields ?? {});

export interface ListContext {
  readonly siteId: number;
  readonly multiValues: boolean;
  readonly nullValues: boolean;
  readonly visitorDetails: readonly string[] | undefined;
}

function customOf(session: Session, multiValues: boolean): Record<string, string | string[]> | undefined {
  const keys = Object.keys(session.custom);
  if (keys.length === 0) return undefined;
  // Without custom_keys_multi_values the API gives only the last value logged for a key.
  return Object.fromEntries(
    keys.map((k) => [k, multiValues ? [...(session.custom[k] ?? [])] : (session.custom[k]?.at(-1) ?? '')]),
  );
}

/** Drops undefined fields; with null_values=1 every field of the shape is present, empty ones as "". */
function finish(item: Item, fields: readonly string[], ctx: ListContext): Item {
  const out: Item = {};
  for (const key of ctx.visitorDetails ?? fields) {
    const v = Object.hasOwn(item, key) ? item[key] : undefined;
    if (v !== undefined) out[key] = v;
    else if (ctx.nullValues && fields.includes(key)) out[key] = '';
  }
  return out;
}

/** A visit's goals as clients read them (quirk goals-hierarchy): completed and incompleted goal names, revenue
 * and cost; none when the visit neither completed a goal nor entered a funnel. */
function goalsOf(s: Session): Item | undefined {
  if (s.goalsCompleted.length + s.goalsIncompleted.length === 0) return undefined;
  const goals: Item = {};
  if (s.goalsCompleted.length > 0) goals.completed = [...s.goalsCompleted];
  if (s.goalsIncompleted.length > 0) goals.incompleted = [...s.goalsIncompleted];
  if (s.revenue > 0) goals.revenue = s.revenue;
  if (s.cost > 0) goals.cost = s.cost;
  return goals;
}

export function visitorItem(s: Session, ctx: ListContext): Item {
  const v = s.visitor;
  const p = v.place;
  return finish(
    {
      time: s.time,
      time_pretty: timePretty(s.time + s.offset),
      time_total: s.timeTotal,
      ip_address: v.ip,
      uid: v.uid,
      session_id: s.id,
      actions: s.actions.length,
      total_visits: s.totalVisits,
      first_visit: { time: s.firstVisit.time, session_id: s.firstVisit.sessionId },
      landing_page: `${SITE_URL}${s.landing}`,
      web_browser: v.browser,
      operating_system: v.os,
      screen_resolution: v.resolution,
      javascript: s.javascript,
      language: p.language,
      referrer_url: s.referrer?.url,
      referrer_domain: s.referrer?.domain,
      referrer_search: s.referrer?.search,
      // A visit without a referrer is "direct" (quirk referrer-type-direct: the real sample has it on each one).
      referrer_type: s.referrer?.type ?? 'direct',
      geolocation: p.code === 'us' ? `${p.city}, ${p.region}, ${p.country}` : `${p.city}, ${p.country}`,
      country_code: p.code,
      latitude: p.lat,
      longitude: p.lon,
      hostname: p.host,
      organization: p.org,
      campaign: s.campaign,
      goals: goalsOf(s),
      custom: customOf(s, ctx.multiValues),
      stats_url: statsUrl(ctx.siteId, s.id),
    },
    VISITOR_FIELDS,
    ctx,
  );
}

const ACTION_FIELDS = Object.keys(SHAPES.ActionsListItem?.fields ?? {});

export function actionItem(a: Action, ctx: ListContext): Item {
  const s = a.session;
  const first = s.actions[0] === a;
  return finish(
    {
      time: a.time,
      time_pretty: timePretty(a.time + s.offset),
      ip_address: s.visitor.ip,
      uid: s.visitor.uid,
      session_id: s.id,
      action_type: a.type,
      action_title: a.title,
      action_url: a.url.startsWith('/') ? `${SITE_URL}${a.url}` : a.url,
      // The referrer belongs to the page view that came from it: the visit's first.
      referrer_url: first ? s.referrer?.url : undefined,
      referrer_domain: first ? s.referrer?.domain : undefined,
      referrer_search: first ? s.referrer?.search : undefined,
      custom: customOf(s, ctx.multiValues),
      stats_url: statsUrl(ctx.siteId, s.id),
    },
    ACTION_FIELDS,
    { ...ctx, visitorDetails: undefined },
  );
}

/** Searches or links that brought a visit, newest first; `unique` keeps each one's first appearance ever. */
export function recentItems(
  kind: 'searches' | 'links',
  sessions: readonly Session[],
  traffic: Traffic,
  unique: boolean,
  siteId: number,
): Item[] {
  const keyOf = (s: Session): string | undefined =>
    kind === 'searches'
      ? s.referrer?.search
      : s.referrer?.type === 'link' || s.referrer?.type === 'social'
        ? s.referrer.url
        : undefined;
  let firstSeen: Map<string, number> | undefined;
  if (unique) {
    firstSeen = new Map();
    for (const s of traffic.sessions) {
      const k = keyOf(s);
      if (k !== undefined && !firstSeen.has(k)) firstSeen.set(k, s.id);
    }
  }
  const items: Item[] = [];
  for (let i = sessions.length - 1; i >= 0; i--) {
    const s = sessions[i] as Session;
    const k = keyOf(s);
    if (k === undefined || (firstSeen && firstSeen.get(k) !== s.id)) continue;
    items.push({
      time: s.time,
      time_pretty: timePretty(s.time + s.offset),
      item: k,
      stats_url: recentStatsUrl(siteId, kind === 'searches' ? 'search' : 'link', k),
    });
  }
  return items;
}

/** Uptime checks overview for [start, end) in unix seconds. */
export function uptimeItems(events: readonly UptimeEvent[], start: number, end: number, now: number): Item[] {
  const monitors = [...new Set(events.map((e) => e.monitor))];
  return monitors.map((m) => {
    const mine = events.filter((e) => e.monitor === m && e.upAt > start && e.downAt < end);
    const down = mine.reduce((sum, e) => sum + Math.min(e.upAt, end) - Math.max(e.downAt, start), 0);
    return {
      name: m.name,
      endpoint: m.endpoint,
      interval: m.interval,
      type: m.type,
      is_down: events.some((e) => e.monitor === m && e.downAt <= now && e.upAt > now),
      event_count: mine.length,
      total_seconds_down: down,
      uptime_percentage: Math.round((1 - down / Math.max(1, end - start)) * 10000) / 100,
    };
  });
}

export function uptimeEventItems(events: readonly UptimeEvent[], start: number, end: number): Item[] {
  return events
    .filter((e) => e.downAt >= start && e.downAt < end)
    .sort((a, b) => b.downAt - a.downAt)
    .map((e) => ({
      name: e.monitor.name,
      endpoint: e.monitor.endpoint,
      interval: e.monitor.interval,
      type: e.monitor.type,
      down_at: e.downAt,
      up_at: e.upAt,
      seconds_down: e.upAt - e.downAt,
    }));
}
