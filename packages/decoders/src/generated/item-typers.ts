// generated from spec/clicky.openapi.yaml by tools/codegen; do not edit.
// Change the spec or the generator, then run `pnpm generate`.

import { asBoolean, asInteger, asList, asMap, asNumber, asObject, asText, DROP, fromWireName, missing } from '../typing/kit.ts';
import type { Item, ItemTyper, Where } from '../typing/kit.ts';

/** Types a TallyItem in place. */
function typeTallyItem(item: Item, w: Where, prefix: string): void {
  let v: unknown;
  if ((v = item['value']) !== undefined) item['value'] = asNumber(v, w, prefix, 'value');
  if (typeof (v = item['title']) !== 'string' && v !== undefined) item['title'] = asText(v, w, prefix, 'title');
  if ((v = item['trend']) !== undefined) item['trend'] = asNumber(v, w, prefix, 'trend');
  if ((v = item['value']) === undefined || v === DROP) missing(w, prefix, 'value');
}

/** Types a TallyTextItem in place. */
function typeTallyTextItem(item: Item, w: Where, prefix: string): void {
  let v: unknown;
  if (typeof (v = item['value']) !== 'string' && v !== undefined) item['value'] = asText(v, w, prefix, 'value');
  if (typeof (v = item['title']) !== 'string' && v !== undefined) item['title'] = asText(v, w, prefix, 'title');
  if ((v = item['trend']) !== undefined) item['trend'] = asNumber(v, w, prefix, 'trend');
  if ((v = item['value']) === undefined || v === DROP) missing(w, prefix, 'value');
}

/** Types a PopularItem in place. */
function typePopularItem(item: Item, w: Where, prefix: string): void {
  let v: unknown;
  if (typeof (v = item['title']) !== 'string' && v !== undefined) item['title'] = asText(v, w, prefix, 'title');
  if ((v = item['value']) !== undefined) item['value'] = asNumber(v, w, prefix, 'value');
  if ((v = item['value_percent']) !== undefined) item['value_percent'] = asNumber(v, w, prefix, 'value_percent');
  if (typeof (v = item['url']) !== 'string' && v !== undefined) item['url'] = asText(v, w, prefix, 'url');
  if (typeof (v = item['stats_url']) !== 'string' && v !== undefined) item['stats_url'] = asText(v, w, prefix, 'stats_url');
  if ((v = item['trend']) !== undefined) item['trend'] = asNumber(v, w, prefix, 'trend');
  if ((v = item['title']) === undefined || v === DROP) missing(w, prefix, 'title');
  if ((v = item['value']) === undefined || v === DROP) missing(w, prefix, 'value');
}

/** Types a GoalItem in place. */
function typeGoalItem(item: Item, w: Where, prefix: string): void {
  let v: unknown;
  if (typeof (v = item['title']) !== 'string' && v !== undefined) item['title'] = asText(v, w, prefix, 'title');
  if ((v = item['value']) !== undefined) item['value'] = asNumber(v, w, prefix, 'value');
  if ((v = item['value_percent']) !== undefined) item['value_percent'] = asNumber(v, w, prefix, 'value_percent');
  if (typeof (v = item['url']) !== 'string' && v !== undefined) item['url'] = asText(v, w, prefix, 'url');
  if (typeof (v = item['stats_url']) !== 'string' && v !== undefined) item['stats_url'] = asText(v, w, prefix, 'stats_url');
  if ((v = item['trend']) !== undefined) item['trend'] = asNumber(v, w, prefix, 'trend');
  if ((v = item['incompleted']) !== undefined) item['incompleted'] = asInteger(v, w, prefix, 'incompleted');
  if ((v = item['conversion']) !== undefined) item['conversion'] = asNumber(v, w, prefix, 'conversion');
  if ((v = item['revenue']) !== undefined) item['revenue'] = asNumber(v, w, prefix, 'revenue');
  if ((v = item['cost']) !== undefined) item['cost'] = asNumber(v, w, prefix, 'cost');
  if ((v = item['title']) === undefined || v === DROP) missing(w, prefix, 'title');
  if ((v = item['value']) === undefined || v === DROP) missing(w, prefix, 'value');
}

/** Types a VideoItem in place. */
function typeVideoItem(item: Item, w: Where, prefix: string): void {
  let v: unknown;
  if (typeof (v = item['title']) !== 'string' && v !== undefined) item['title'] = asText(v, w, prefix, 'title');
  if ((v = item['value']) !== undefined) item['value'] = asNumber(v, w, prefix, 'value');
  if ((v = item['value_percent']) !== undefined) item['value_percent'] = asNumber(v, w, prefix, 'value_percent');
  if (typeof (v = item['url']) !== 'string' && v !== undefined) item['url'] = asText(v, w, prefix, 'url');
  if (typeof (v = item['stats_url']) !== 'string' && v !== undefined) item['stats_url'] = asText(v, w, prefix, 'stats_url');
  if ((v = item['trend']) !== undefined) item['trend'] = asNumber(v, w, prefix, 'trend');
  if ((v = item['time_average']) !== undefined) item['time_average'] = asNumber(v, w, prefix, 'time_average');
  if (typeof (v = item['time_average_pretty']) !== 'string' && v !== undefined) item['time_average_pretty'] = asText(v, w, prefix, 'time_average_pretty');
  if ((v = item['percent_watched']) !== undefined) item['percent_watched'] = asNumber(v, w, prefix, 'percent_watched');
  if ((v = item['title']) === undefined || v === DROP) missing(w, prefix, 'title');
  if ((v = item['value']) === undefined || v === DROP) missing(w, prefix, 'value');
}

/** Types a VisitorsListItem in place. */
function typeVisitorsListItem(item: Item, w: Where, prefix: string): void {
  let v: unknown;
  if ((v = item['time']) !== undefined) item['time'] = asInteger(v, w, prefix, 'time');
  if (typeof (v = item['time_pretty']) !== 'string' && v !== undefined) item['time_pretty'] = asText(v, w, prefix, 'time_pretty');
  if ((v = item['time_total']) !== undefined) item['time_total'] = asInteger(v, w, prefix, 'time_total');
  if (typeof (v = item['ip_address']) !== 'string' && v !== undefined) item['ip_address'] = asText(v, w, prefix, 'ip_address');
  if (typeof (v = item['uid']) !== 'string' && v !== undefined) item['uid'] = asText(v, w, prefix, 'uid');
  if ((v = item['session_id']) !== undefined) item['session_id'] = asInteger(v, w, prefix, 'session_id');
  if ((v = item['actions']) !== undefined) item['actions'] = asInteger(v, w, prefix, 'actions');
  if ((v = item['total_visits']) !== undefined) item['total_visits'] = asInteger(v, w, prefix, 'total_visits');
  if ((v = item['first_visit']) !== undefined) item['first_visit'] = asObject(v, w, prefix, 'first_visit', typeFirstVisit);
  if (typeof (v = item['landing_page']) !== 'string' && v !== undefined) item['landing_page'] = asText(v, w, prefix, 'landing_page');
  if (typeof (v = item['web_browser']) !== 'string' && v !== undefined) item['web_browser'] = asText(v, w, prefix, 'web_browser');
  if (typeof (v = item['operating_system']) !== 'string' && v !== undefined) item['operating_system'] = asText(v, w, prefix, 'operating_system');
  if (typeof (v = item['screen_resolution']) !== 'string' && v !== undefined) item['screen_resolution'] = asText(v, w, prefix, 'screen_resolution');
  if ((v = item['javascript']) !== undefined) item['javascript'] = asBoolean(v, w, prefix, 'javascript');
  if (typeof (v = item['language']) !== 'string' && v !== undefined) item['language'] = asText(v, w, prefix, 'language');
  if (typeof (v = item['referrer_url']) !== 'string' && v !== undefined) item['referrer_url'] = asText(v, w, prefix, 'referrer_url');
  if (typeof (v = item['referrer_domain']) !== 'string' && v !== undefined) item['referrer_domain'] = asText(v, w, prefix, 'referrer_domain');
  if (typeof (v = item['referrer_search']) !== 'string' && v !== undefined) item['referrer_search'] = asText(v, w, prefix, 'referrer_search');
  if (typeof (v = item['referrer_type']) !== 'string' && v !== undefined) item['referrer_type'] = asText(v, w, prefix, 'referrer_type');
  if (typeof (v = item['geolocation']) !== 'string' && v !== undefined) item['geolocation'] = asText(v, w, prefix, 'geolocation');
  if (typeof (v = item['country_code']) !== 'string' && v !== undefined) item['country_code'] = asText(v, w, prefix, 'country_code');
  if ((v = item['latitude']) !== undefined) item['latitude'] = asNumber(v, w, prefix, 'latitude');
  if ((v = item['longitude']) !== undefined) item['longitude'] = asNumber(v, w, prefix, 'longitude');
  if (typeof (v = item['hostname']) !== 'string' && v !== undefined) item['hostname'] = asText(v, w, prefix, 'hostname');
  if (typeof (v = item['organization']) !== 'string' && v !== undefined) item['organization'] = asText(v, w, prefix, 'organization');
  if (typeof (v = item['campaign']) !== 'string' && v !== undefined) item['campaign'] = asText(v, w, prefix, 'campaign');
  if ((v = item['goals']) !== undefined) item['goals'] = asObject(v, w, prefix, 'goals', typeVisitorGoals);
  if ((v = item['custom']) !== undefined) item['custom'] = asMap(v, w, prefix, 'custom');
  if (typeof (v = item['stats_url']) !== 'string' && v !== undefined) item['stats_url'] = asText(v, w, prefix, 'stats_url');
  if ((v = item['time']) === undefined || v === DROP) missing(w, prefix, 'time');
  if ((v = item['session_id']) === undefined || v === DROP) missing(w, prefix, 'session_id');
}

/** Types a FirstVisit in place. */
function typeFirstVisit(item: Item, w: Where, prefix: string): void {
  let v: unknown;
  if ((v = item['time']) !== undefined) item['time'] = asInteger(v, w, prefix, 'time');
  if ((v = item['session_id']) !== undefined) item['session_id'] = asInteger(v, w, prefix, 'session_id');
  if ((v = item['time']) === undefined || v === DROP) missing(w, prefix, 'time');
  if ((v = item['session_id']) === undefined || v === DROP) missing(w, prefix, 'session_id');
}

/** Types a VisitorGoals in place. */
function typeVisitorGoals(item: Item, w: Where, prefix: string): void {
  let v: unknown;
  if (item['goals_completed'] !== undefined) fromWireName(item, w, 'goals_completed', 'completed');
  if (item['goals_incompleted'] !== undefined) fromWireName(item, w, 'goals_incompleted', 'incompleted');
  if ((v = item['completed']) !== undefined) item['completed'] = asList(v, w, prefix, 'completed');
  if ((v = item['incompleted']) !== undefined) item['incompleted'] = asList(v, w, prefix, 'incompleted');
  if ((v = item['revenue']) !== undefined) item['revenue'] = asNumber(v, w, prefix, 'revenue');
  if ((v = item['cost']) !== undefined) item['cost'] = asNumber(v, w, prefix, 'cost');
}

/** Types a ActionsListItem in place. */
function typeActionsListItem(item: Item, w: Where, prefix: string): void {
  let v: unknown;
  if ((v = item['time']) !== undefined) item['time'] = asInteger(v, w, prefix, 'time');
  if (typeof (v = item['time_pretty']) !== 'string' && v !== undefined) item['time_pretty'] = asText(v, w, prefix, 'time_pretty');
  if (typeof (v = item['ip_address']) !== 'string' && v !== undefined) item['ip_address'] = asText(v, w, prefix, 'ip_address');
  if (typeof (v = item['uid']) !== 'string' && v !== undefined) item['uid'] = asText(v, w, prefix, 'uid');
  if ((v = item['session_id']) !== undefined) item['session_id'] = asInteger(v, w, prefix, 'session_id');
  if (typeof (v = item['action_type']) !== 'string' && v !== undefined) item['action_type'] = asText(v, w, prefix, 'action_type');
  if (typeof (v = item['action_title']) !== 'string' && v !== undefined) item['action_title'] = asText(v, w, prefix, 'action_title');
  if (typeof (v = item['action_url']) !== 'string' && v !== undefined) item['action_url'] = asText(v, w, prefix, 'action_url');
  if (typeof (v = item['referrer_url']) !== 'string' && v !== undefined) item['referrer_url'] = asText(v, w, prefix, 'referrer_url');
  if (typeof (v = item['referrer_domain']) !== 'string' && v !== undefined) item['referrer_domain'] = asText(v, w, prefix, 'referrer_domain');
  if (typeof (v = item['referrer_search']) !== 'string' && v !== undefined) item['referrer_search'] = asText(v, w, prefix, 'referrer_search');
  if ((v = item['custom']) !== undefined) item['custom'] = asMap(v, w, prefix, 'custom');
  if (typeof (v = item['stats_url']) !== 'string' && v !== undefined) item['stats_url'] = asText(v, w, prefix, 'stats_url');
  if ((v = item['time']) === undefined || v === DROP) missing(w, prefix, 'time');
  if ((v = item['session_id']) === undefined || v === DROP) missing(w, prefix, 'session_id');
  if ((v = item['action_type']) === undefined || v === DROP) missing(w, prefix, 'action_type');
}

/** Types a RecentItem in place. */
function typeRecentItem(item: Item, w: Where, prefix: string): void {
  let v: unknown;
  if ((v = item['time']) !== undefined) item['time'] = asInteger(v, w, prefix, 'time');
  if (typeof (v = item['time_pretty']) !== 'string' && v !== undefined) item['time_pretty'] = asText(v, w, prefix, 'time_pretty');
  if (typeof (v = item['item']) !== 'string' && v !== undefined) item['item'] = asText(v, w, prefix, 'item');
  if (typeof (v = item['stats_url']) !== 'string' && v !== undefined) item['stats_url'] = asText(v, w, prefix, 'stats_url');
  if ((v = item['time']) === undefined || v === DROP) missing(w, prefix, 'time');
  if ((v = item['item']) === undefined || v === DROP) missing(w, prefix, 'item');
}

/** Types a UptimeItem in place. */
function typeUptimeItem(item: Item, w: Where, prefix: string): void {
  let v: unknown;
  if (typeof (v = item['name']) !== 'string' && v !== undefined) item['name'] = asText(v, w, prefix, 'name');
  if (typeof (v = item['endpoint']) !== 'string' && v !== undefined) item['endpoint'] = asText(v, w, prefix, 'endpoint');
  if ((v = item['interval']) !== undefined) item['interval'] = asInteger(v, w, prefix, 'interval');
  if (typeof (v = item['type']) !== 'string' && v !== undefined) item['type'] = asText(v, w, prefix, 'type');
  if ((v = item['is_down']) !== undefined) item['is_down'] = asBoolean(v, w, prefix, 'is_down');
  if ((v = item['event_count']) !== undefined) item['event_count'] = asInteger(v, w, prefix, 'event_count');
  if ((v = item['total_seconds_down']) !== undefined) item['total_seconds_down'] = asInteger(v, w, prefix, 'total_seconds_down');
  if ((v = item['uptime_percentage']) !== undefined) item['uptime_percentage'] = asNumber(v, w, prefix, 'uptime_percentage');
  if ((v = item['name']) === undefined || v === DROP) missing(w, prefix, 'name');
}

/** Types a UptimeListItem in place. */
function typeUptimeListItem(item: Item, w: Where, prefix: string): void {
  let v: unknown;
  if (typeof (v = item['name']) !== 'string' && v !== undefined) item['name'] = asText(v, w, prefix, 'name');
  if (typeof (v = item['endpoint']) !== 'string' && v !== undefined) item['endpoint'] = asText(v, w, prefix, 'endpoint');
  if ((v = item['interval']) !== undefined) item['interval'] = asInteger(v, w, prefix, 'interval');
  if (typeof (v = item['type']) !== 'string' && v !== undefined) item['type'] = asText(v, w, prefix, 'type');
  if ((v = item['down_at']) !== undefined) item['down_at'] = asInteger(v, w, prefix, 'down_at');
  if ((v = item['up_at']) !== undefined) item['up_at'] = asInteger(v, w, prefix, 'up_at');
  if ((v = item['seconds_down']) !== undefined) item['seconds_down'] = asInteger(v, w, prefix, 'seconds_down');
  if ((v = item['name']) === undefined || v === DROP) missing(w, prefix, 'name');
}

/** Types a SegmentSummaryItem in place. */
function typeSegmentSummaryItem(item: Item, w: Where, prefix: string): void {
  let v: unknown;
  if (typeof (v = item['title']) !== 'string' && v !== undefined) item['title'] = asText(v, w, prefix, 'title');
  if ((v = item['value']) !== undefined) item['value'] = asNumber(v, w, prefix, 'value');
  if ((v = item['title']) === undefined || v === DROP) missing(w, prefix, 'title');
  if ((v = item['value']) === undefined || v === DROP) missing(w, prefix, 'value');
}

/** Each item shape to its typer. */
export const ITEM_TYPERS: Readonly<Record<string, ItemTyper>> = {
  TallyItem: (item, w) => typeTallyItem(item, w, ''),
  TallyTextItem: (item, w) => typeTallyTextItem(item, w, ''),
  PopularItem: (item, w) => typePopularItem(item, w, ''),
  GoalItem: (item, w) => typeGoalItem(item, w, ''),
  VideoItem: (item, w) => typeVideoItem(item, w, ''),
  VisitorsListItem: (item, w) => typeVisitorsListItem(item, w, ''),
  FirstVisit: (item, w) => typeFirstVisit(item, w, ''),
  VisitorGoals: (item, w) => typeVisitorGoals(item, w, ''),
  ActionsListItem: (item, w) => typeActionsListItem(item, w, ''),
  RecentItem: (item, w) => typeRecentItem(item, w, ''),
  UptimeItem: (item, w) => typeUptimeItem(item, w, ''),
  UptimeListItem: (item, w) => typeUptimeListItem(item, w, ''),
  SegmentSummaryItem: (item, w) => typeSegmentSummaryItem(item, w, ''),
};
