// generated from spec/clicky.openapi.yaml by tools/codegen; do not edit.
// Change the spec or the generator, then run `pnpm generate`.

import { asBoolean, asInteger, asList, asMap, asNumber, asObject, asText, DROP, missing } from '../typing-kit.ts';
import type { Item, ItemTyper, Where } from '../typing-kit.ts';

/** Types a TallyItem in place. */
function typeTallyItem(item: Item, w: Where, prefix: string): void {
  let v: unknown;
  if ((v = item['value']) !== undefined) {
    if ((v = asNumber(v, w, prefix + 'value')) === DROP) delete item['value'];
    else item['value'] = v;
  }
  if (typeof (v = item['title']) !== 'string' ? v !== undefined : v === '') {
    if ((v = asText(v, w, prefix + 'title')) === DROP) delete item['title'];
    else item['title'] = v;
  }
  if ((v = item['trend']) !== undefined) {
    if ((v = asNumber(v, w, prefix + 'trend')) === DROP) delete item['trend'];
    else item['trend'] = v;
  }
  if (item['value'] === undefined) missing(w, prefix + 'value');
}

/** Types a TallyTextItem in place. */
function typeTallyTextItem(item: Item, w: Where, prefix: string): void {
  let v: unknown;
  if (typeof (v = item['value']) !== 'string' ? v !== undefined : v === '') {
    if ((v = asText(v, w, prefix + 'value')) === DROP) delete item['value'];
    else item['value'] = v;
  }
  if (typeof (v = item['title']) !== 'string' ? v !== undefined : v === '') {
    if ((v = asText(v, w, prefix + 'title')) === DROP) delete item['title'];
    else item['title'] = v;
  }
  if ((v = item['trend']) !== undefined) {
    if ((v = asNumber(v, w, prefix + 'trend')) === DROP) delete item['trend'];
    else item['trend'] = v;
  }
  if (item['value'] === undefined) missing(w, prefix + 'value');
}

/** Types a PopularItem in place. */
function typePopularItem(item: Item, w: Where, prefix: string): void {
  let v: unknown;
  if (typeof (v = item['title']) !== 'string' ? v !== undefined : v === '') {
    if ((v = asText(v, w, prefix + 'title')) === DROP) delete item['title'];
    else item['title'] = v;
  }
  if ((v = item['value']) !== undefined) {
    if ((v = asNumber(v, w, prefix + 'value')) === DROP) delete item['value'];
    else item['value'] = v;
  }
  if ((v = item['value_percent']) !== undefined) {
    if ((v = asNumber(v, w, prefix + 'value_percent')) === DROP) delete item['value_percent'];
    else item['value_percent'] = v;
  }
  if (typeof (v = item['url']) !== 'string' ? v !== undefined : v === '') {
    if ((v = asText(v, w, prefix + 'url')) === DROP) delete item['url'];
    else item['url'] = v;
  }
  if (typeof (v = item['stats_url']) !== 'string' ? v !== undefined : v === '') {
    if ((v = asText(v, w, prefix + 'stats_url')) === DROP) delete item['stats_url'];
    else item['stats_url'] = v;
  }
  if ((v = item['trend']) !== undefined) {
    if ((v = asNumber(v, w, prefix + 'trend')) === DROP) delete item['trend'];
    else item['trend'] = v;
  }
  if (item['title'] === undefined) missing(w, prefix + 'title');
  if (item['value'] === undefined) missing(w, prefix + 'value');
}

/** Types a GoalItem in place. */
function typeGoalItem(item: Item, w: Where, prefix: string): void {
  let v: unknown;
  if (typeof (v = item['title']) !== 'string' ? v !== undefined : v === '') {
    if ((v = asText(v, w, prefix + 'title')) === DROP) delete item['title'];
    else item['title'] = v;
  }
  if ((v = item['value']) !== undefined) {
    if ((v = asNumber(v, w, prefix + 'value')) === DROP) delete item['value'];
    else item['value'] = v;
  }
  if ((v = item['value_percent']) !== undefined) {
    if ((v = asNumber(v, w, prefix + 'value_percent')) === DROP) delete item['value_percent'];
    else item['value_percent'] = v;
  }
  if (typeof (v = item['url']) !== 'string' ? v !== undefined : v === '') {
    if ((v = asText(v, w, prefix + 'url')) === DROP) delete item['url'];
    else item['url'] = v;
  }
  if (typeof (v = item['stats_url']) !== 'string' ? v !== undefined : v === '') {
    if ((v = asText(v, w, prefix + 'stats_url')) === DROP) delete item['stats_url'];
    else item['stats_url'] = v;
  }
  if ((v = item['trend']) !== undefined) {
    if ((v = asNumber(v, w, prefix + 'trend')) === DROP) delete item['trend'];
    else item['trend'] = v;
  }
  if ((v = item['incompleted']) !== undefined) {
    if ((v = asInteger(v, w, prefix + 'incompleted')) === DROP) delete item['incompleted'];
    else item['incompleted'] = v;
  }
  if ((v = item['conversion']) !== undefined) {
    if ((v = asNumber(v, w, prefix + 'conversion')) === DROP) delete item['conversion'];
    else item['conversion'] = v;
  }
  if ((v = item['revenue']) !== undefined) {
    if ((v = asNumber(v, w, prefix + 'revenue')) === DROP) delete item['revenue'];
    else item['revenue'] = v;
  }
  if ((v = item['cost']) !== undefined) {
    if ((v = asNumber(v, w, prefix + 'cost')) === DROP) delete item['cost'];
    else item['cost'] = v;
  }
  if (item['title'] === undefined) missing(w, prefix + 'title');
  if (item['value'] === undefined) missing(w, prefix + 'value');
}

/** Types a VideoItem in place. */
function typeVideoItem(item: Item, w: Where, prefix: string): void {
  let v: unknown;
  if (typeof (v = item['title']) !== 'string' ? v !== undefined : v === '') {
    if ((v = asText(v, w, prefix + 'title')) === DROP) delete item['title'];
    else item['title'] = v;
  }
  if ((v = item['value']) !== undefined) {
    if ((v = asNumber(v, w, prefix + 'value')) === DROP) delete item['value'];
    else item['value'] = v;
  }
  if ((v = item['value_percent']) !== undefined) {
    if ((v = asNumber(v, w, prefix + 'value_percent')) === DROP) delete item['value_percent'];
    else item['value_percent'] = v;
  }
  if (typeof (v = item['url']) !== 'string' ? v !== undefined : v === '') {
    if ((v = asText(v, w, prefix + 'url')) === DROP) delete item['url'];
    else item['url'] = v;
  }
  if (typeof (v = item['stats_url']) !== 'string' ? v !== undefined : v === '') {
    if ((v = asText(v, w, prefix + 'stats_url')) === DROP) delete item['stats_url'];
    else item['stats_url'] = v;
  }
  if ((v = item['trend']) !== undefined) {
    if ((v = asNumber(v, w, prefix + 'trend')) === DROP) delete item['trend'];
    else item['trend'] = v;
  }
  if ((v = item['time_average']) !== undefined) {
    if ((v = asNumber(v, w, prefix + 'time_average')) === DROP) delete item['time_average'];
    else item['time_average'] = v;
  }
  if (typeof (v = item['time_average_pretty']) !== 'string' ? v !== undefined : v === '') {
    if ((v = asText(v, w, prefix + 'time_average_pretty')) === DROP) delete item['time_average_pretty'];
    else item['time_average_pretty'] = v;
  }
  if ((v = item['percent_watched']) !== undefined) {
    if ((v = asNumber(v, w, prefix + 'percent_watched')) === DROP) delete item['percent_watched'];
    else item['percent_watched'] = v;
  }
  if (item['title'] === undefined) missing(w, prefix + 'title');
  if (item['value'] === undefined) missing(w, prefix + 'value');
}

/** Types a VisitorsListItem in place. */
function typeVisitorsListItem(item: Item, w: Where, prefix: string): void {
  let v: unknown;
  if ((v = item['time']) !== undefined) {
    if ((v = asInteger(v, w, prefix + 'time')) === DROP) delete item['time'];
    else item['time'] = v;
  }
  if (typeof (v = item['time_pretty']) !== 'string' ? v !== undefined : v === '') {
    if ((v = asText(v, w, prefix + 'time_pretty')) === DROP) delete item['time_pretty'];
    else item['time_pretty'] = v;
  }
  if ((v = item['time_total']) !== undefined) {
    if ((v = asInteger(v, w, prefix + 'time_total')) === DROP) delete item['time_total'];
    else item['time_total'] = v;
  }
  if (typeof (v = item['ip_address']) !== 'string' ? v !== undefined : v === '') {
    if ((v = asText(v, w, prefix + 'ip_address')) === DROP) delete item['ip_address'];
    else item['ip_address'] = v;
  }
  if (typeof (v = item['uid']) !== 'string' ? v !== undefined : v === '') {
    if ((v = asText(v, w, prefix + 'uid')) === DROP) delete item['uid'];
    else item['uid'] = v;
  }
  if ((v = item['session_id']) !== undefined) {
    if ((v = asInteger(v, w, prefix + 'session_id')) === DROP) delete item['session_id'];
    else item['session_id'] = v;
  }
  if ((v = item['actions']) !== undefined) {
    if ((v = asInteger(v, w, prefix + 'actions')) === DROP) delete item['actions'];
    else item['actions'] = v;
  }
  if ((v = item['total_visits']) !== undefined) {
    if ((v = asInteger(v, w, prefix + 'total_visits')) === DROP) delete item['total_visits'];
    else item['total_visits'] = v;
  }
  if ((v = item['first_visit']) !== undefined) {
    if ((v = asObject(v, w, prefix + 'first_visit', typeFirstVisit)) === DROP) delete item['first_visit'];
    else item['first_visit'] = v;
  }
  if (typeof (v = item['landing_page']) !== 'string' ? v !== undefined : v === '') {
    if ((v = asText(v, w, prefix + 'landing_page')) === DROP) delete item['landing_page'];
    else item['landing_page'] = v;
  }
  if (typeof (v = item['web_browser']) !== 'string' ? v !== undefined : v === '') {
    if ((v = asText(v, w, prefix + 'web_browser')) === DROP) delete item['web_browser'];
    else item['web_browser'] = v;
  }
  if (typeof (v = item['operating_system']) !== 'string' ? v !== undefined : v === '') {
    if ((v = asText(v, w, prefix + 'operating_system')) === DROP) delete item['operating_system'];
    else item['operating_system'] = v;
  }
  if (typeof (v = item['screen_resolution']) !== 'string' ? v !== undefined : v === '') {
    if ((v = asText(v, w, prefix + 'screen_resolution')) === DROP) delete item['screen_resolution'];
    else item['screen_resolution'] = v;
  }
  if ((v = item['javascript']) !== undefined) {
    if ((v = asBoolean(v, w, prefix + 'javascript')) === DROP) delete item['javascript'];
    else item['javascript'] = v;
  }
  if (typeof (v = item['language']) !== 'string' ? v !== undefined : v === '') {
    if ((v = asText(v, w, prefix + 'language')) === DROP) delete item['language'];
    else item['language'] = v;
  }
  if (typeof (v = item['referrer_url']) !== 'string' ? v !== undefined : v === '') {
    if ((v = asText(v, w, prefix + 'referrer_url')) === DROP) delete item['referrer_url'];
    else item['referrer_url'] = v;
  }
  if (typeof (v = item['referrer_domain']) !== 'string' ? v !== undefined : v === '') {
    if ((v = asText(v, w, prefix + 'referrer_domain')) === DROP) delete item['referrer_domain'];
    else item['referrer_domain'] = v;
  }
  if (typeof (v = item['referrer_search']) !== 'string' ? v !== undefined : v === '') {
    if ((v = asText(v, w, prefix + 'referrer_search')) === DROP) delete item['referrer_search'];
    else item['referrer_search'] = v;
  }
  if (typeof (v = item['referrer_type']) !== 'string' ? v !== undefined : v === '') {
    if ((v = asText(v, w, prefix + 'referrer_type')) === DROP) delete item['referrer_type'];
    else item['referrer_type'] = v;
  }
  if (typeof (v = item['geolocation']) !== 'string' ? v !== undefined : v === '') {
    if ((v = asText(v, w, prefix + 'geolocation')) === DROP) delete item['geolocation'];
    else item['geolocation'] = v;
  }
  if (typeof (v = item['country_code']) !== 'string' ? v !== undefined : v === '') {
    if ((v = asText(v, w, prefix + 'country_code')) === DROP) delete item['country_code'];
    else item['country_code'] = v;
  }
  if ((v = item['latitude']) !== undefined) {
    if ((v = asNumber(v, w, prefix + 'latitude')) === DROP) delete item['latitude'];
    else item['latitude'] = v;
  }
  if ((v = item['longitude']) !== undefined) {
    if ((v = asNumber(v, w, prefix + 'longitude')) === DROP) delete item['longitude'];
    else item['longitude'] = v;
  }
  if (typeof (v = item['hostname']) !== 'string' ? v !== undefined : v === '') {
    if ((v = asText(v, w, prefix + 'hostname')) === DROP) delete item['hostname'];
    else item['hostname'] = v;
  }
  if (typeof (v = item['organization']) !== 'string' ? v !== undefined : v === '') {
    if ((v = asText(v, w, prefix + 'organization')) === DROP) delete item['organization'];
    else item['organization'] = v;
  }
  if (typeof (v = item['campaign']) !== 'string' ? v !== undefined : v === '') {
    if ((v = asText(v, w, prefix + 'campaign')) === DROP) delete item['campaign'];
    else item['campaign'] = v;
  }
  if ((v = item['goals']) !== undefined) {
    if ((v = asObject(v, w, prefix + 'goals', typeVisitorGoals)) === DROP) delete item['goals'];
    else item['goals'] = v;
  }
  if ((v = item['custom']) !== undefined) {
    if ((v = asMap(v, w, prefix + 'custom')) === DROP) delete item['custom'];
    else item['custom'] = v;
  }
  if (typeof (v = item['stats_url']) !== 'string' ? v !== undefined : v === '') {
    if ((v = asText(v, w, prefix + 'stats_url')) === DROP) delete item['stats_url'];
    else item['stats_url'] = v;
  }
  if (item['time'] === undefined) missing(w, prefix + 'time');
  if (item['session_id'] === undefined) missing(w, prefix + 'session_id');
}

/** Types a FirstVisit in place. */
function typeFirstVisit(item: Item, w: Where, prefix: string): void {
  let v: unknown;
  if ((v = item['time']) !== undefined) {
    if ((v = asInteger(v, w, prefix + 'time')) === DROP) delete item['time'];
    else item['time'] = v;
  }
  if ((v = item['session_id']) !== undefined) {
    if ((v = asInteger(v, w, prefix + 'session_id')) === DROP) delete item['session_id'];
    else item['session_id'] = v;
  }
  if (item['time'] === undefined) missing(w, prefix + 'time');
  if (item['session_id'] === undefined) missing(w, prefix + 'session_id');
}

/** Types a VisitorGoals in place. */
function typeVisitorGoals(item: Item, w: Where, prefix: string): void {
  let v: unknown;
  if ((v = item['goals_completed']) !== undefined) {
    if ((v = asList(v, w, prefix + 'goals_completed')) === DROP) delete item['goals_completed'];
    else item['goals_completed'] = v;
  }
  if ((v = item['goals_incompleted']) !== undefined) {
    if ((v = asList(v, w, prefix + 'goals_incompleted')) === DROP) delete item['goals_incompleted'];
    else item['goals_incompleted'] = v;
  }
  if ((v = item['revenue']) !== undefined) {
    if ((v = asNumber(v, w, prefix + 'revenue')) === DROP) delete item['revenue'];
    else item['revenue'] = v;
  }
  if ((v = item['cost']) !== undefined) {
    if ((v = asNumber(v, w, prefix + 'cost')) === DROP) delete item['cost'];
    else item['cost'] = v;
  }
}

/** Types a ActionsListItem in place. */
function typeActionsListItem(item: Item, w: Where, prefix: string): void {
  let v: unknown;
  if ((v = item['time']) !== undefined) {
    if ((v = asInteger(v, w, prefix + 'time')) === DROP) delete item['time'];
    else item['time'] = v;
  }
  if (typeof (v = item['time_pretty']) !== 'string' ? v !== undefined : v === '') {
    if ((v = asText(v, w, prefix + 'time_pretty')) === DROP) delete item['time_pretty'];
    else item['time_pretty'] = v;
  }
  if (typeof (v = item['ip_address']) !== 'string' ? v !== undefined : v === '') {
    if ((v = asText(v, w, prefix + 'ip_address')) === DROP) delete item['ip_address'];
    else item['ip_address'] = v;
  }
  if (typeof (v = item['uid']) !== 'string' ? v !== undefined : v === '') {
    if ((v = asText(v, w, prefix + 'uid')) === DROP) delete item['uid'];
    else item['uid'] = v;
  }
  if ((v = item['session_id']) !== undefined) {
    if ((v = asInteger(v, w, prefix + 'session_id')) === DROP) delete item['session_id'];
    else item['session_id'] = v;
  }
  if (typeof (v = item['action_type']) !== 'string' ? v !== undefined : v === '') {
    if ((v = asText(v, w, prefix + 'action_type')) === DROP) delete item['action_type'];
    else item['action_type'] = v;
  }
  if (typeof (v = item['action_title']) !== 'string' ? v !== undefined : v === '') {
    if ((v = asText(v, w, prefix + 'action_title')) === DROP) delete item['action_title'];
    else item['action_title'] = v;
  }
  if (typeof (v = item['action_url']) !== 'string' ? v !== undefined : v === '') {
    if ((v = asText(v, w, prefix + 'action_url')) === DROP) delete item['action_url'];
    else item['action_url'] = v;
  }
  if (typeof (v = item['referrer_url']) !== 'string' ? v !== undefined : v === '') {
    if ((v = asText(v, w, prefix + 'referrer_url')) === DROP) delete item['referrer_url'];
    else item['referrer_url'] = v;
  }
  if (typeof (v = item['referrer_domain']) !== 'string' ? v !== undefined : v === '') {
    if ((v = asText(v, w, prefix + 'referrer_domain')) === DROP) delete item['referrer_domain'];
    else item['referrer_domain'] = v;
  }
  if (typeof (v = item['referrer_search']) !== 'string' ? v !== undefined : v === '') {
    if ((v = asText(v, w, prefix + 'referrer_search')) === DROP) delete item['referrer_search'];
    else item['referrer_search'] = v;
  }
  if ((v = item['custom']) !== undefined) {
    if ((v = asMap(v, w, prefix + 'custom')) === DROP) delete item['custom'];
    else item['custom'] = v;
  }
  if (typeof (v = item['stats_url']) !== 'string' ? v !== undefined : v === '') {
    if ((v = asText(v, w, prefix + 'stats_url')) === DROP) delete item['stats_url'];
    else item['stats_url'] = v;
  }
  if (item['time'] === undefined) missing(w, prefix + 'time');
  if (item['session_id'] === undefined) missing(w, prefix + 'session_id');
  if (item['action_type'] === undefined) missing(w, prefix + 'action_type');
}

/** Types a RecentItem in place. */
function typeRecentItem(item: Item, w: Where, prefix: string): void {
  let v: unknown;
  if ((v = item['time']) !== undefined) {
    if ((v = asInteger(v, w, prefix + 'time')) === DROP) delete item['time'];
    else item['time'] = v;
  }
  if (typeof (v = item['time_pretty']) !== 'string' ? v !== undefined : v === '') {
    if ((v = asText(v, w, prefix + 'time_pretty')) === DROP) delete item['time_pretty'];
    else item['time_pretty'] = v;
  }
  if (typeof (v = item['item']) !== 'string' ? v !== undefined : v === '') {
    if ((v = asText(v, w, prefix + 'item')) === DROP) delete item['item'];
    else item['item'] = v;
  }
  if (typeof (v = item['stats_url']) !== 'string' ? v !== undefined : v === '') {
    if ((v = asText(v, w, prefix + 'stats_url')) === DROP) delete item['stats_url'];
    else item['stats_url'] = v;
  }
  if (item['time'] === undefined) missing(w, prefix + 'time');
  if (item['item'] === undefined) missing(w, prefix + 'item');
}

/** Types a UptimeItem in place. */
function typeUptimeItem(item: Item, w: Where, prefix: string): void {
  let v: unknown;
  if (typeof (v = item['name']) !== 'string' ? v !== undefined : v === '') {
    if ((v = asText(v, w, prefix + 'name')) === DROP) delete item['name'];
    else item['name'] = v;
  }
  if (typeof (v = item['endpoint']) !== 'string' ? v !== undefined : v === '') {
    if ((v = asText(v, w, prefix + 'endpoint')) === DROP) delete item['endpoint'];
    else item['endpoint'] = v;
  }
  if ((v = item['interval']) !== undefined) {
    if ((v = asInteger(v, w, prefix + 'interval')) === DROP) delete item['interval'];
    else item['interval'] = v;
  }
  if (typeof (v = item['type']) !== 'string' ? v !== undefined : v === '') {
    if ((v = asText(v, w, prefix + 'type')) === DROP) delete item['type'];
    else item['type'] = v;
  }
  if ((v = item['is_down']) !== undefined) {
    if ((v = asBoolean(v, w, prefix + 'is_down')) === DROP) delete item['is_down'];
    else item['is_down'] = v;
  }
  if ((v = item['event_count']) !== undefined) {
    if ((v = asInteger(v, w, prefix + 'event_count')) === DROP) delete item['event_count'];
    else item['event_count'] = v;
  }
  if ((v = item['total_seconds_down']) !== undefined) {
    if ((v = asInteger(v, w, prefix + 'total_seconds_down')) === DROP) delete item['total_seconds_down'];
    else item['total_seconds_down'] = v;
  }
  if ((v = item['uptime_percentage']) !== undefined) {
    if ((v = asNumber(v, w, prefix + 'uptime_percentage')) === DROP) delete item['uptime_percentage'];
    else item['uptime_percentage'] = v;
  }
  if (item['name'] === undefined) missing(w, prefix + 'name');
}

/** Types a UptimeListItem in place. */
function typeUptimeListItem(item: Item, w: Where, prefix: string): void {
  let v: unknown;
  if (typeof (v = item['name']) !== 'string' ? v !== undefined : v === '') {
    if ((v = asText(v, w, prefix + 'name')) === DROP) delete item['name'];
    else item['name'] = v;
  }
  if (typeof (v = item['endpoint']) !== 'string' ? v !== undefined : v === '') {
    if ((v = asText(v, w, prefix + 'endpoint')) === DROP) delete item['endpoint'];
    else item['endpoint'] = v;
  }
  if ((v = item['interval']) !== undefined) {
    if ((v = asInteger(v, w, prefix + 'interval')) === DROP) delete item['interval'];
    else item['interval'] = v;
  }
  if (typeof (v = item['type']) !== 'string' ? v !== undefined : v === '') {
    if ((v = asText(v, w, prefix + 'type')) === DROP) delete item['type'];
    else item['type'] = v;
  }
  if ((v = item['down_at']) !== undefined) {
    if ((v = asInteger(v, w, prefix + 'down_at')) === DROP) delete item['down_at'];
    else item['down_at'] = v;
  }
  if ((v = item['up_at']) !== undefined) {
    if ((v = asInteger(v, w, prefix + 'up_at')) === DROP) delete item['up_at'];
    else item['up_at'] = v;
  }
  if ((v = item['seconds_down']) !== undefined) {
    if ((v = asInteger(v, w, prefix + 'seconds_down')) === DROP) delete item['seconds_down'];
    else item['seconds_down'] = v;
  }
  if (item['name'] === undefined) missing(w, prefix + 'name');
}

/** Types a SegmentSummaryItem in place. */
function typeSegmentSummaryItem(item: Item, w: Where, prefix: string): void {
  let v: unknown;
  if (typeof (v = item['title']) !== 'string' ? v !== undefined : v === '') {
    if ((v = asText(v, w, prefix + 'title')) === DROP) delete item['title'];
    else item['title'] = v;
  }
  if ((v = item['value']) !== undefined) {
    if ((v = asNumber(v, w, prefix + 'value')) === DROP) delete item['value'];
    else item['value'] = v;
  }
  if (item['title'] === undefined) missing(w, prefix + 'title');
  if (item['value'] === undefined) missing(w, prefix + 'value');
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
