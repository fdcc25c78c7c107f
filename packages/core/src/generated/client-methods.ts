// generated from spec/clicky.openapi.yaml by tools/codegen; do not edit.
// Change the spec or the generator, then run `pnpm generate`.

import type { CallOptions } from '../client/call-options.ts';
import type { ClickyPromise } from '../client/response-promise.ts';
import type { ClientItem, ClientResult } from '../lenient.ts';
import type { DataType, DateGroup, SegmentName, TypeMap, VisitorDetail } from './data-types.ts';
import type { StatsRequest } from './params.ts';

/** Each data type to the names of the parameters that apply to it (beyond the type itself). */
export interface TypeParams {
  visitors: 'alert_id' | 'output' | 'date' | 'daily' | 'hourly' | 'trends' | 'json_callback' | 'json_var' | 'null_values' | 'app';
  'visitors-unique': 'alert_id' | 'output' | 'date' | 'daily' | 'trends' | 'json_callback' | 'json_var' | 'null_values' | 'app';
  'visitors-new': 'alert_id' | 'output' | 'date' | 'daily' | 'trends' | 'json_callback' | 'json_var' | 'null_values' | 'app';
  'visitors-online': 'alert_id' | 'output' | 'date' | 'daily' | 'trends' | 'json_callback' | 'json_var' | 'null_values' | 'app';
  actions: 'alert_id' | 'output' | 'date' | 'daily' | 'hourly' | 'trends' | 'json_callback' | 'json_var' | 'null_values' | 'app';
  'actions-pageviews': 'alert_id' | 'output' | 'date' | 'daily' | 'hourly' | 'trends' | 'json_callback' | 'json_var' | 'null_values' | 'app';
  'actions-downloads': 'alert_id' | 'output' | 'date' | 'daily' | 'hourly' | 'trends' | 'json_callback' | 'json_var' | 'null_values' | 'app';
  'actions-outbounds': 'alert_id' | 'output' | 'date' | 'daily' | 'hourly' | 'trends' | 'json_callback' | 'json_var' | 'null_values' | 'app';
  'actions-clicks': 'alert_id' | 'output' | 'date' | 'daily' | 'hourly' | 'trends' | 'json_callback' | 'json_var' | 'null_values' | 'app';
  'actions-average': 'alert_id' | 'output' | 'date' | 'daily' | 'trends' | 'json_callback' | 'json_var' | 'null_values' | 'app';
  'time-average': 'alert_id' | 'output' | 'date' | 'daily' | 'trends' | 'json_callback' | 'json_var' | 'null_values' | 'app';
  'time-average-pretty': 'alert_id' | 'output' | 'date' | 'daily' | 'trends' | 'json_callback' | 'json_var' | 'null_values' | 'app';
  'time-total': 'alert_id' | 'output' | 'date' | 'daily' | 'trends' | 'json_callback' | 'json_var' | 'null_values' | 'app';
  'time-total-pretty': 'alert_id' | 'output' | 'date' | 'daily' | 'trends' | 'json_callback' | 'json_var' | 'null_values' | 'app';
  'bounce-rate': 'alert_id' | 'output' | 'date' | 'daily' | 'trends' | 'json_callback' | 'json_var' | 'null_values' | 'app';
  custom: 'alert_id' | 'output' | 'limit' | 'page' | 'date' | 'daily' | 'trends' | 'item' | 'filter' | 'json_callback' | 'json_var' | 'null_values' | 'app';
  pages: 'alert_id' | 'output' | 'limit' | 'page' | 'date' | 'daily' | 'trends' | 'item' | 'heatmap_url' | 'filter' | 'json_callback' | 'json_var' | 'null_values' | 'app';
  'pages-entrance': 'alert_id' | 'output' | 'limit' | 'page' | 'date' | 'daily' | 'trends' | 'item' | 'filter' | 'json_callback' | 'json_var' | 'null_values' | 'app';
  'pages-exit': 'alert_id' | 'output' | 'limit' | 'page' | 'date' | 'daily' | 'trends' | 'item' | 'filter' | 'json_callback' | 'json_var' | 'null_values' | 'app';
  searches: 'alert_id' | 'output' | 'limit' | 'page' | 'date' | 'daily' | 'trends' | 'item' | 'filter' | 'json_callback' | 'json_var' | 'null_values' | 'app';
  'searches-keywords': 'alert_id' | 'output' | 'limit' | 'page' | 'date' | 'daily' | 'trends' | 'item' | 'filter' | 'json_callback' | 'json_var' | 'null_values' | 'app';
  'searches-engines': 'alert_id' | 'output' | 'limit' | 'page' | 'date' | 'daily' | 'trends' | 'item' | 'filter' | 'json_callback' | 'json_var' | 'null_values' | 'app';
  'searches-rankings': 'alert_id' | 'output' | 'limit' | 'page' | 'date' | 'daily' | 'trends' | 'item' | 'filter' | 'json_callback' | 'json_var' | 'null_values' | 'app';
  links: 'alert_id' | 'output' | 'limit' | 'page' | 'date' | 'daily' | 'trends' | 'item' | 'filter' | 'json_callback' | 'json_var' | 'null_values' | 'app';
  'links-domains': 'alert_id' | 'output' | 'limit' | 'page' | 'date' | 'daily' | 'trends' | 'item' | 'filter' | 'json_callback' | 'json_var' | 'null_values' | 'app';
  'links-outbound': 'alert_id' | 'output' | 'limit' | 'page' | 'date' | 'daily' | 'trends' | 'item' | 'filter' | 'json_callback' | 'json_var' | 'null_values' | 'app';
  countries: 'alert_id' | 'output' | 'limit' | 'page' | 'date' | 'daily' | 'trends' | 'item' | 'filter' | 'json_callback' | 'json_var' | 'null_values' | 'app';
  regions: 'alert_id' | 'output' | 'limit' | 'page' | 'date' | 'daily' | 'trends' | 'item' | 'filter' | 'json_callback' | 'json_var' | 'null_values' | 'app';
  cities: 'alert_id' | 'output' | 'limit' | 'page' | 'date' | 'daily' | 'trends' | 'item' | 'filter' | 'json_callback' | 'json_var' | 'null_values' | 'app';
  languages: 'alert_id' | 'output' | 'limit' | 'page' | 'date' | 'daily' | 'trends' | 'item' | 'filter' | 'json_callback' | 'json_var' | 'null_values' | 'app';
  goals: 'alert_id' | 'output' | 'limit' | 'page' | 'date' | 'daily' | 'trends' | 'item' | 'filter' | 'json_callback' | 'json_var' | 'null_values' | 'app';
  video: 'alert_id' | 'output' | 'limit' | 'page' | 'date' | 'daily' | 'trends' | 'item' | 'video_meta' | 'filter' | 'json_callback' | 'json_var' | 'null_values' | 'app';
  downloads: 'alert_id' | 'output' | 'limit' | 'page' | 'date' | 'daily' | 'trends' | 'item' | 'filter' | 'json_callback' | 'json_var' | 'null_values' | 'app';
  events: 'alert_id' | 'output' | 'limit' | 'page' | 'date' | 'daily' | 'trends' | 'item' | 'filter' | 'json_callback' | 'json_var' | 'null_values' | 'app';
  'web-browsers': 'alert_id' | 'output' | 'limit' | 'page' | 'date' | 'daily' | 'trends' | 'item' | 'filter' | 'json_callback' | 'json_var' | 'null_values' | 'app';
  'operating-systems': 'alert_id' | 'output' | 'limit' | 'page' | 'date' | 'daily' | 'trends' | 'item' | 'filter' | 'json_callback' | 'json_var' | 'null_values' | 'app';
  'screen-resolutions': 'alert_id' | 'output' | 'limit' | 'page' | 'date' | 'daily' | 'trends' | 'item' | 'filter' | 'json_callback' | 'json_var' | 'null_values' | 'app';
  hardware: 'alert_id' | 'output' | 'limit' | 'page' | 'date' | 'daily' | 'trends' | 'item' | 'filter' | 'json_callback' | 'json_var' | 'null_values' | 'app';
  hostnames: 'alert_id' | 'output' | 'limit' | 'page' | 'date' | 'daily' | 'trends' | 'item' | 'filter' | 'json_callback' | 'json_var' | 'null_values' | 'app';
  organizations: 'alert_id' | 'output' | 'limit' | 'page' | 'date' | 'daily' | 'trends' | 'item' | 'filter' | 'json_callback' | 'json_var' | 'null_values' | 'app';
  'traffic-sources': 'alert_id' | 'output' | 'limit' | 'page' | 'date' | 'daily' | 'trends' | 'item' | 'filter' | 'json_callback' | 'json_var' | 'null_values' | 'app';
  'visitors-most-active': 'alert_id' | 'output' | 'limit' | 'page' | 'date' | 'daily' | 'trends' | 'item' | 'filter' | 'json_callback' | 'json_var' | 'null_values' | 'app';
  campaigns: 'alert_id' | 'output' | 'limit' | 'page' | 'date' | 'daily' | 'trends' | 'item' | 'filter' | 'json_callback' | 'json_var' | 'null_values' | 'app';
  'split-tests': 'alert_id' | 'output' | 'limit' | 'page' | 'date' | 'daily' | 'trends' | 'item' | 'filter' | 'json_callback' | 'json_var' | 'null_values' | 'app';
  'engagement-actions': 'alert_id' | 'output' | 'limit' | 'page' | 'date' | 'daily' | 'trends' | 'item' | 'filter' | 'json_callback' | 'json_var' | 'null_values' | 'app';
  'engagement-times': 'alert_id' | 'output' | 'limit' | 'page' | 'date' | 'daily' | 'trends' | 'item' | 'filter' | 'json_callback' | 'json_var' | 'null_values' | 'app';
  shorturls: 'alert_id' | 'output' | 'limit' | 'page' | 'date' | 'daily' | 'trends' | 'item' | 'filter' | 'json_callback' | 'json_var' | 'null_values' | 'app';
  'visitors-list': 'alert_id' | 'output' | 'limit' | 'page' | 'date' | 'visitor-details' | 'time_offset' | 'ip_address' | 'uid' | 'session_id' | 'new_visitors' | 'returning_visitors' | 'online' | 'heatmap' | 'actions' | 'time' | 'href' | 'landing' | 'exit' | 'search' | 'search-local' | 'domain' | 'link' | 'browser' | 'os' | 'resolution' | 'country' | 'city' | 'language' | 'hostname' | 'org' | 'source' | 'shorturl' | 'custom' | 'goal' | 'campaign' | 'split' | 'custom_keys_multi_values' | 'json_callback' | 'json_var' | 'null_values' | 'app';
  'actions-list': 'alert_id' | 'output' | 'limit' | 'page' | 'date' | 'time_offset' | 'ip_address' | 'uid' | 'session_id' | 'href' | 'action_type' | 'custom_keys_multi_values' | 'json_callback' | 'json_var' | 'null_values' | 'app';
  'searches-recent': 'alert_id' | 'output' | 'limit' | 'page' | 'date' | 'json_callback' | 'json_var' | 'null_values' | 'app';
  'searches-unique': 'alert_id' | 'output' | 'limit' | 'page' | 'date' | 'json_callback' | 'json_var' | 'null_values' | 'app';
  'links-recent': 'alert_id' | 'output' | 'limit' | 'page' | 'date' | 'json_callback' | 'json_var' | 'null_values' | 'app';
  'links-unique': 'alert_id' | 'output' | 'limit' | 'page' | 'date' | 'json_callback' | 'json_var' | 'null_values' | 'app';
  uptime: 'alert_id' | 'output' | 'limit' | 'page' | 'date' | 'json_callback' | 'json_var' | 'null_values' | 'app';
  'uptime-list': 'alert_id' | 'output' | 'limit' | 'page' | 'date' | 'json_callback' | 'json_var' | 'null_values' | 'app';
  segmentation: 'alert_id' | 'output' | 'limit' | 'page' | 'date' | 'daily' | 'segments' | 'ip_address' | 'uid' | 'new_visitors' | 'returning_visitors' | 'online' | 'heatmap' | 'actions' | 'time' | 'href' | 'landing' | 'exit' | 'search' | 'search-local' | 'domain' | 'link' | 'browser' | 'os' | 'resolution' | 'country' | 'city' | 'language' | 'hostname' | 'org' | 'source' | 'shorturl' | 'custom' | 'goal' | 'campaign' | 'split' | 'json_callback' | 'json_var' | 'null_values' | 'app';
}

/** Each data type to the names of the parameters it cannot go without (`never` for none). */
export interface TypeRequired {
  visitors: never;
  'visitors-unique': never;
  'visitors-new': never;
  'visitors-online': never;
  actions: never;
  'actions-pageviews': never;
  'actions-downloads': never;
  'actions-outbounds': never;
  'actions-clicks': never;
  'actions-average': never;
  'time-average': never;
  'time-average-pretty': never;
  'time-total': never;
  'time-total-pretty': never;
  'bounce-rate': never;
  custom: never;
  pages: never;
  'pages-entrance': never;
  'pages-exit': never;
  searches: never;
  'searches-keywords': never;
  'searches-engines': never;
  'searches-rankings': never;
  links: never;
  'links-domains': never;
  'links-outbound': never;
  countries: never;
  regions: never;
  cities: never;
  languages: never;
  goals: never;
  video: never;
  downloads: never;
  events: never;
  'web-browsers': never;
  'operating-systems': never;
  'screen-resolutions': never;
  hardware: never;
  hostnames: never;
  organizations: never;
  'traffic-sources': never;
  'visitors-most-active': never;
  campaigns: never;
  'split-tests': never;
  'engagement-actions': never;
  'engagement-times': never;
  shorturls: never;
  'visitors-list': never;
  'actions-list': never;
  'searches-recent': never;
  'searches-unique': never;
  'links-recent': never;
  'links-unique': never;
  uptime: never;
  'uptime-list': never;
  segmentation: 'segments';
}

/** The request of a per-type method: the parameters that apply to its type, the required ones required. */
export type TypeRequest<T extends DataType, S extends SegmentName = never> = Pick<StatsRequest<T, S>, Exclude<TypeParams[T], TypeRequired[T]>> & Required<Pick<StatsRequest<T, S>, TypeRequired[T]>>;
/** The field names `visitor-details` picks. */
export type PickableField = VisitorDetail;
/** A request's `visitor-details`, with the field names D it picks. */
export type FieldPick<D extends PickableField> = { readonly 'visitor-details'?: D | readonly D[]; };
/** An item as asked for: whole when no field was picked; else only the picked fields, each maybe absent. */
export type PickedItem<I, D extends PropertyKey> = [D] extends [never] ? I : Partial<Pick<I, Extract<D, keyof I>>>;
/** What `stats()` takes: the types asked for (or an `alert_id`, which implies its type) and only the parameters that apply to at least one of them, the required ones required. A request whose types are known only at run time (T is every type) may hold any parameter: validation checks it before sending. */
export type TypedStatsRequest<T extends DataType, S extends SegmentName = never> = DataType extends T
  ? StatsRequest<T, S>
  : TypeRequest<T, S> &
  ({ readonly type: T | readonly T[]; } | { readonly alert_id: number; readonly type?: T | readonly T[]; });

/** One method per data type: `client.pages(request)` is `stats({ ...request, type: 'pages' })`'s groups. `Strict` is the client's `strict` option: without it items are `Lenient` (any field may be absent). */
export interface TypeMethods<Strict extends boolean = false> {
  /** Visits in the period. Date groups of `visitors` items. */
  visitors(request?: TypeRequest<'visitors'>, call?: CallOptions): ClickyPromise<DateGroup<ClientItem<TypeMap['visitors'], Strict>>[]>;
  /** Unique visitors. Date groups of `visitors-unique` items. */
  visitorsUnique(request?: TypeRequest<'visitors-unique'>, call?: CallOptions): ClickyPromise<DateGroup<ClientItem<TypeMap['visitors-unique'], Strict>>[]>;
  /** First-time visitors. Date groups of `visitors-new` items. */
  visitorsNew(request?: TypeRequest<'visitors-new'>, call?: CallOptions): ClickyPromise<DateGroup<ClientItem<TypeMap['visitors-new'], Strict>>[]>;
  /** Visitors active right now; always live, the date is ignored. Date groups of `visitors-online` items. */
  visitorsOnline(request?: TypeRequest<'visitors-online'>, call?: CallOptions): ClickyPromise<DateGroup<ClientItem<TypeMap['visitors-online'], Strict>>[]>;
  /** All actions (page views, downloads, outbound clicks, events). Date groups of `actions` items. */
  actions(request?: TypeRequest<'actions'>, call?: CallOptions): ClickyPromise<DateGroup<ClientItem<TypeMap['actions'], Strict>>[]>;
  /** Page-view actions only. Date groups of `actions-pageviews` items. */
  actionsPageviews(request?: TypeRequest<'actions-pageviews'>, call?: CallOptions): ClickyPromise<DateGroup<ClientItem<TypeMap['actions-pageviews'], Strict>>[]>;
  /** Download actions only. Date groups of `actions-downloads` items. */
  actionsDownloads(request?: TypeRequest<'actions-downloads'>, call?: CallOptions): ClickyPromise<DateGroup<ClientItem<TypeMap['actions-downloads'], Strict>>[]>;
  /** Outbound-link actions only. Date groups of `actions-outbounds` items. */
  actionsOutbounds(request?: TypeRequest<'actions-outbounds'>, call?: CallOptions): ClickyPromise<DateGroup<ClientItem<TypeMap['actions-outbounds'], Strict>>[]>;
  /** Click (event) actions only. Date groups of `actions-clicks` items. */
  actionsClicks(request?: TypeRequest<'actions-clicks'>, call?: CallOptions): ClickyPromise<DateGroup<ClientItem<TypeMap['actions-clicks'], Strict>>[]>;
  /** Average actions per visit. Date groups of `actions-average` items. */
  actionsAverage(request?: TypeRequest<'actions-average'>, call?: CallOptions): ClickyPromise<DateGroup<ClientItem<TypeMap['actions-average'], Strict>>[]>;
  /** Average time per visit, in seconds. Date groups of `time-average` items. */
  timeAverage(request?: TypeRequest<'time-average'>, call?: CallOptions): ClickyPromise<DateGroup<ClientItem<TypeMap['time-average'], Strict>>[]>;
  /** Average time per visit, human-readable (e.g. "3m 10s"). Date groups of `time-average-pretty` items. */
  timeAveragePretty(request?: TypeRequest<'time-average-pretty'>, call?: CallOptions): ClickyPromise<DateGroup<ClientItem<TypeMap['time-average-pretty'], Strict>>[]>;
  /** Total time on site, in seconds. Date groups of `time-total` items. */
  timeTotal(request?: TypeRequest<'time-total'>, call?: CallOptions): ClickyPromise<DateGroup<ClientItem<TypeMap['time-total'], Strict>>[]>;
  /** Total time on site, human-readable. Date groups of `time-total-pretty` items. */
  timeTotalPretty(request?: TypeRequest<'time-total-pretty'>, call?: CallOptions): ClickyPromise<DateGroup<ClientItem<TypeMap['time-total-pretty'], Strict>>[]>;
  /** Percent of visits with one action. Date groups of `bounce-rate` items. */
  bounceRate(request?: TypeRequest<'bounce-rate'>, call?: CallOptions): ClickyPromise<DateGroup<ClientItem<TypeMap['bounce-rate'], Strict>>[]>;
  /** Custom visitor data values. Date groups of `custom` items. */
  custom(request?: TypeRequest<'custom'>, call?: CallOptions): ClickyPromise<DateGroup<ClientItem<TypeMap['custom'], Strict>>[]>;
  /** Pages viewed. Date groups of `pages` items. */
  pages(request?: TypeRequest<'pages'>, call?: CallOptions): ClickyPromise<DateGroup<ClientItem<TypeMap['pages'], Strict>>[]>;
  /** Landing pages. Date groups of `pages-entrance` items. */
  pagesEntrance(request?: TypeRequest<'pages-entrance'>, call?: CallOptions): ClickyPromise<DateGroup<ClientItem<TypeMap['pages-entrance'], Strict>>[]>;
  /** Exit pages. Date groups of `pages-exit` items. */
  pagesExit(request?: TypeRequest<'pages-exit'>, call?: CallOptions): ClickyPromise<DateGroup<ClientItem<TypeMap['pages-exit'], Strict>>[]>;
  /** Search phrases that led visitors to the site. Date groups of `searches` items. */
  searches(request?: TypeRequest<'searches'>, call?: CallOptions): ClickyPromise<DateGroup<ClientItem<TypeMap['searches'], Strict>>[]>;
  /** Single keywords of those searches. Date groups of `searches-keywords` items. */
  searchesKeywords(request?: TypeRequest<'searches-keywords'>, call?: CallOptions): ClickyPromise<DateGroup<ClientItem<TypeMap['searches-keywords'], Strict>>[]>;
  /** Search engines used. Date groups of `searches-engines` items. */
  searchesEngines(request?: TypeRequest<'searches-engines'>, call?: CallOptions): ClickyPromise<DateGroup<ClientItem<TypeMap['searches-engines'], Strict>>[]>;
  /** Search result ranks the site was found at. Date groups of `searches-rankings` items. */
  searchesRankings(request?: TypeRequest<'searches-rankings'>, call?: CallOptions): ClickyPromise<DateGroup<ClientItem<TypeMap['searches-rankings'], Strict>>[]>;
  /** Incoming links (full URLs). Date groups of `links` items. */
  links(request?: TypeRequest<'links'>, call?: CallOptions): ClickyPromise<DateGroup<ClientItem<TypeMap['links'], Strict>>[]>;
  /** Incoming links grouped by domain. Date groups of `links-domains` items. */
  linksDomains(request?: TypeRequest<'links-domains'>, call?: CallOptions): ClickyPromise<DateGroup<ClientItem<TypeMap['links-domains'], Strict>>[]>;
  /** Outbound links clicked. Date groups of `links-outbound` items. */
  linksOutbound(request?: TypeRequest<'links-outbound'>, call?: CallOptions): ClickyPromise<DateGroup<ClientItem<TypeMap['links-outbound'], Strict>>[]>;
  /** Visitors' countries. Date groups of `countries` items. */
  countries(request?: TypeRequest<'countries'>, call?: CallOptions): ClickyPromise<DateGroup<ClientItem<TypeMap['countries'], Strict>>[]>;
  /** Visitors' regions. Date groups of `regions` items. */
  regions(request?: TypeRequest<'regions'>, call?: CallOptions): ClickyPromise<DateGroup<ClientItem<TypeMap['regions'], Strict>>[]>;
  /** Visitors' cities. Date groups of `cities` items. */
  cities(request?: TypeRequest<'cities'>, call?: CallOptions): ClickyPromise<DateGroup<ClientItem<TypeMap['cities'], Strict>>[]>;
  /** Visitors' spoken languages. Date groups of `languages` items. */
  languages(request?: TypeRequest<'languages'>, call?: CallOptions): ClickyPromise<DateGroup<ClientItem<TypeMap['languages'], Strict>>[]>;
  /** Goals completed, with funnel, conversion, revenue and cost. Date groups of `goals` items. */
  goals(request?: TypeRequest<'goals'>, call?: CallOptions): ClickyPromise<DateGroup<ClientItem<TypeMap['goals'], Strict>>[]>;
  /** Videos played; video_meta=1 adds viewing metadata. Date groups of `video` items. */
  video(request?: TypeRequest<'video'>, call?: CallOptions): ClickyPromise<DateGroup<ClientItem<TypeMap['video'], Strict>>[]>;
  /** Files downloaded. Date groups of `downloads` items. */
  downloads(request?: TypeRequest<'downloads'>, call?: CallOptions): ClickyPromise<DateGroup<ClientItem<TypeMap['downloads'], Strict>>[]>;
  /** Events (older name clicks). Date groups of `events` items. */
  events(request?: TypeRequest<'events'>, call?: CallOptions): ClickyPromise<DateGroup<ClientItem<TypeMap['events'], Strict>>[]>;
  /** Web browsers. Date groups of `web-browsers` items. */
  webBrowsers(request?: TypeRequest<'web-browsers'>, call?: CallOptions): ClickyPromise<DateGroup<ClientItem<TypeMap['web-browsers'], Strict>>[]>;
  /** Operating systems. Date groups of `operating-systems` items. */
  operatingSystems(request?: TypeRequest<'operating-systems'>, call?: CallOptions): ClickyPromise<DateGroup<ClientItem<TypeMap['operating-systems'], Strict>>[]>;
  /** Screen resolutions. Date groups of `screen-resolutions` items. */
  screenResolutions(request?: TypeRequest<'screen-resolutions'>, call?: CallOptions): ClickyPromise<DateGroup<ClientItem<TypeMap['screen-resolutions'], Strict>>[]>;
  /** Device hardware (desktop, mobile, tablet). Date groups of `hardware` items. */
  hardware(request?: TypeRequest<'hardware'>, call?: CallOptions): ClickyPromise<DateGroup<ClientItem<TypeMap['hardware'], Strict>>[]>;
  /** Visitors' hostnames. Date groups of `hostnames` items. */
  hostnames(request?: TypeRequest<'hostnames'>, call?: CallOptions): ClickyPromise<DateGroup<ClientItem<TypeMap['hostnames'], Strict>>[]>;
  /** Visitors' organizations. Date groups of `organizations` items. */
  organizations(request?: TypeRequest<'organizations'>, call?: CallOptions): ClickyPromise<DateGroup<ClientItem<TypeMap['organizations'], Strict>>[]>;
  /** Referrer types (search, social, direct, ...). Date groups of `traffic-sources` items. */
  trafficSources(request?: TypeRequest<'traffic-sources'>, call?: CallOptions): ClickyPromise<DateGroup<ClientItem<TypeMap['traffic-sources'], Strict>>[]>;
  /** Most active visitors. Date groups of `visitors-most-active` items. */
  visitorsMostActive(request?: TypeRequest<'visitors-most-active'>, call?: CallOptions): ClickyPromise<DateGroup<ClientItem<TypeMap['visitors-most-active'], Strict>>[]>;
  /** Campaigns visitors arrived through. Date groups of `campaigns` items. */
  campaigns(request?: TypeRequest<'campaigns'>, call?: CallOptions): ClickyPromise<DateGroup<ClientItem<TypeMap['campaigns'], Strict>>[]>;
  /** Split-test variants. Date groups of `split-tests` items. */
  splitTests(request?: TypeRequest<'split-tests'>, call?: CallOptions): ClickyPromise<DateGroup<ClientItem<TypeMap['split-tests'], Strict>>[]>;
  /** Visits grouped by number of actions. Date groups of `engagement-actions` items. */
  engagementActions(request?: TypeRequest<'engagement-actions'>, call?: CallOptions): ClickyPromise<DateGroup<ClientItem<TypeMap['engagement-actions'], Strict>>[]>;
  /** Visits grouped by time on site. Date groups of `engagement-times` items. */
  engagementTimes(request?: TypeRequest<'engagement-times'>, call?: CallOptions): ClickyPromise<DateGroup<ClientItem<TypeMap['engagement-times'], Strict>>[]>;
  /** Short URLs followed. Date groups of `shorturls` items. */
  shorturls(request?: TypeRequest<'shorturls'>, call?: CallOptions): ClickyPromise<DateGroup<ClientItem<TypeMap['shorturls'], Strict>>[]>;
  /** Visitors with every detail of each visit. Date groups of `visitors-list` items. */
  visitorsList<D extends PickableField = never>(request?: TypeRequest<'visitors-list'> & FieldPick<D>, call?: CallOptions): ClickyPromise<DateGroup<ClientItem<PickedItem<TypeMap['visitors-list'], D>, Strict>>[]>;
  /** Visitor actions. Date groups of `actions-list` items. */
  actionsList(request?: TypeRequest<'actions-list'>, call?: CallOptions): ClickyPromise<DateGroup<ClientItem<TypeMap['actions-list'], Strict>>[]>;
  /** Searches that led someone to the site. Date groups of `searches-recent` items. */
  searchesRecent(request?: TypeRequest<'searches-recent'>, call?: CallOptions): ClickyPromise<DateGroup<ClientItem<TypeMap['searches-recent'], Strict>>[]>;
  /** Searches that led someone to the site for the first time. Date groups of `searches-unique` items. */
  searchesUnique(request?: TypeRequest<'searches-unique'>, call?: CallOptions): ClickyPromise<DateGroup<ClientItem<TypeMap['searches-unique'], Strict>>[]>;
  /** Links that led someone to the site. Date groups of `links-recent` items. */
  linksRecent(request?: TypeRequest<'links-recent'>, call?: CallOptions): ClickyPromise<DateGroup<ClientItem<TypeMap['links-recent'], Strict>>[]>;
  /** Links that led someone to the site for the first time. Date groups of `links-unique` items. */
  linksUnique(request?: TypeRequest<'links-unique'>, call?: CallOptions): ClickyPromise<DateGroup<ClientItem<TypeMap['links-unique'], Strict>>[]>;
  /** Uptime checks as an overview. Date groups of `uptime` items. */
  uptime(request?: TypeRequest<'uptime'>, call?: CallOptions): ClickyPromise<DateGroup<ClientItem<TypeMap['uptime'], Strict>>[]>;
  /** Uptime events. Date groups of `uptime-list` items. */
  uptimeList(request?: TypeRequest<'uptime-list'>, call?: CallOptions): ClickyPromise<DateGroup<ClientItem<TypeMap['uptime-list'], Strict>>[]>;
  /** Tally and popular data for the visitors matching the visitors-list filters; the result is keyed by the requested segments. */
  segmentation<S extends SegmentName>(request: TypeRequest<'segmentation', S>, call?: CallOptions): ClickyPromise<ClientResult<'segmentation', S, Strict>>;
}
