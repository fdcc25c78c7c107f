// generated from spec/clicky.openapi.yaml by tools/codegen; do not edit.
// Change the spec or the generator, then run `pnpm generate`.

import type { components } from './openapi.ts';

/** Every data type the API answers for. */
export type DataType = 'visitors' | 'visitors-unique' | 'visitors-new' | 'visitors-online' | 'actions' | 'actions-pageviews' | 'actions-downloads' | 'actions-outbounds' | 'actions-clicks' | 'actions-average' | 'time-average' | 'time-average-pretty' | 'time-total' | 'time-total-pretty' | 'bounce-rate' | 'custom' | 'pages' | 'pages-entrance' | 'pages-exit' | 'searches' | 'searches-keywords' | 'searches-engines' | 'searches-rankings' | 'links' | 'links-domains' | 'links-outbound' | 'countries' | 'regions' | 'cities' | 'languages' | 'goals' | 'video' | 'downloads' | 'events' | 'web-browsers' | 'operating-systems' | 'screen-resolutions' | 'hardware' | 'hostnames' | 'organizations' | 'traffic-sources' | 'visitors-most-active' | 'campaigns' | 'split-tests' | 'engagement-actions' | 'engagement-times' | 'shorturls' | 'visitors-list' | 'actions-list' | 'searches-recent' | 'searches-unique' | 'links-recent' | 'links-unique' | 'uptime' | 'uptime-list' | 'segmentation';
/** Tally types: one number per date group. */
export type TallyType = 'visitors' | 'visitors-unique' | 'visitors-new' | 'visitors-online' | 'actions' | 'actions-pageviews' | 'actions-downloads' | 'actions-outbounds' | 'actions-clicks' | 'actions-average' | 'time-average' | 'time-average-pretty' | 'time-total' | 'time-total-pretty' | 'bounce-rate';
/** Popular types: items ordered most to least. */
export type PopularType = 'custom' | 'pages' | 'pages-entrance' | 'pages-exit' | 'searches' | 'searches-keywords' | 'searches-engines' | 'searches-rankings' | 'links' | 'links-domains' | 'links-outbound' | 'countries' | 'regions' | 'cities' | 'languages' | 'goals' | 'video' | 'downloads' | 'events' | 'web-browsers' | 'operating-systems' | 'screen-resolutions' | 'hardware' | 'hostnames' | 'organizations' | 'traffic-sources' | 'visitors-most-active' | 'campaigns' | 'split-tests' | 'engagement-actions' | 'engagement-times' | 'shorturls';
/** Chronological types: items newest first. */
export type ChronologicalType = 'visitors-list' | 'actions-list' | 'searches-recent' | 'searches-unique' | 'links-recent' | 'links-unique' | 'uptime' | 'uptime-list';
/** The segmentation type. */
export type SegmentationType = 'segmentation';
/** Types that answer `hourly=1`. */
export type HourlyType = 'visitors' | 'actions' | 'actions-pageviews' | 'actions-downloads' | 'actions-outbounds' | 'actions-clicks';
/** Types under the hard limits: a short range, 1,000 items a page, one request in flight per IP address and site. */
export type RestrictedType = 'visitors-list' | 'actions-list' | 'segmentation';
/** Types that need a paid plan (`DATA_TYPES[type].plan` says which). */
export type PremiumType = 'goals' | 'hostnames' | 'organizations' | 'campaigns' | 'split-tests' | 'uptime' | 'uptime-list';
/** What `segments=` accepts: tally and popular types plus the extra segment names. */
export type SegmentName = 'visitors' | 'visitors-unique' | 'visitors-new' | 'visitors-online' | 'actions' | 'actions-pageviews' | 'actions-downloads' | 'actions-outbounds' | 'actions-clicks' | 'actions-average' | 'time-average' | 'time-average-pretty' | 'time-total' | 'time-total-pretty' | 'bounce-rate' | 'custom' | 'pages' | 'pages-entrance' | 'pages-exit' | 'searches' | 'searches-keywords' | 'searches-engines' | 'searches-rankings' | 'links' | 'links-domains' | 'links-outbound' | 'countries' | 'regions' | 'cities' | 'languages' | 'goals' | 'video' | 'downloads' | 'events' | 'web-browsers' | 'operating-systems' | 'screen-resolutions' | 'hardware' | 'hostnames' | 'organizations' | 'traffic-sources' | 'visitors-most-active' | 'campaigns' | 'split-tests' | 'engagement-actions' | 'engagement-times' | 'shorturls' | 'summary';
/** The field names `VisitorDetail` lists (a parameter's values). */
export type VisitorDetail = 'time' | 'time_pretty' | 'time_total' | 'ip_address' | 'uid' | 'session_id' | 'actions' | 'total_visits' | 'first_visit' | 'landing_page' | 'web_browser' | 'operating_system' | 'screen_resolution' | 'javascript' | 'language' | 'referrer_url' | 'referrer_domain' | 'referrer_search' | 'referrer_type' | 'geolocation' | 'country_code' | 'latitude' | 'longitude' | 'hostname' | 'organization' | 'campaign' | 'goals' | 'custom' | 'stats_url';
/** Account plans, whose caps validation applies. */
export type Plan = 'free' | 'premium' | 'pro';
/** The wire formats `output=` asks for. */
export type OutputFormat = 'xml' | 'php' | 'json' | 'csv';
/** One tally value. With hourly=1 there is one item per hour, newest hour first, each with its value only. */
export type TallyItem = Pick<components['schemas']['TallyItem'], keyof components['schemas']['TallyItem']>;
/** A tally the API formats for people (e.g. "3m 10s"). */
export type TallyTextItem = Pick<components['schemas']['TallyTextItem'], keyof components['schemas']['TallyTextItem']>;
/** One ranked item of a popular type (a page, a country, a browser, ...), most frequent first. */
export type PopularItem = Pick<components['schemas']['PopularItem'], keyof components['schemas']['PopularItem']>;
/** One goal: completions (value), funnel entries that did not complete, conversion rate, revenue and cost. */
export type GoalItem = Pick<components['schemas']['GoalItem'], keyof components['schemas']['GoalItem']>;
/** One video: plays (value), and how much of it was watched with video_meta=1. */
export type VideoItem = Pick<components['schemas']['VideoItem'], keyof components['schemas']['VideoItem']>;
/** One visit (session) of visitors-list, newest first. With visitor-details only the fields asked for are present. */
export type VisitorsListItem = Pick<components['schemas']['VisitorsListItem'], keyof components['schemas']['VisitorsListItem']>;
/** A returning visitor's first visit: when, and in which session. */
export type FirstVisit = Pick<components['schemas']['FirstVisit'], keyof components['schemas']['FirstVisit']>;
/** The goals of one visit: those completed, those whose funnel was entered, their revenue and cost. The reference spells the lists goals_completed and goals_incompleted; both spellings decode to these fields. */
export type VisitorGoals = Pick<components['schemas']['VisitorGoals'], keyof components['schemas']['VisitorGoals']>;
/** One action of actions-list (a page view, download, outbound click, event, search or video event), newest first. */
export type ActionsListItem = Pick<components['schemas']['ActionsListItem'], keyof components['schemas']['ActionsListItem']>;
/** One search or link of searches-recent, searches-unique, links-recent or links-unique, newest first. */
export type RecentItem = Pick<components['schemas']['RecentItem'], keyof components['schemas']['RecentItem']>;
/** One uptime check and its state over the period. */
export type UptimeItem = Pick<components['schemas']['UptimeItem'], keyof components['schemas']['UptimeItem']>;
/** One uptime event: when a check went offline and came back, newest first. */
export type UptimeListItem = Pick<components['schemas']['UptimeListItem'], keyof components['schemas']['UptimeListItem']>;
/** One line of a segmentation summary (e.g. title "Visitors", value 120). */
export type SegmentSummaryItem = Pick<components['schemas']['SegmentSummaryItem'], keyof components['schemas']['SegmentSummaryItem']>;

/** Each data type to the shape of its items. */
export interface TypeMap {
  /** Visits in the period. */
  visitors: TallyItem;
  /** Unique visitors. */
  'visitors-unique': TallyItem;
  /** First-time visitors. */
  'visitors-new': TallyItem;
  /** Visitors active right now; always live, the date is ignored. */
  'visitors-online': TallyItem;
  /** All actions (page views, downloads, outbound clicks, events). */
  actions: TallyItem;
  /** Page-view actions only. */
  'actions-pageviews': TallyItem;
  /** Download actions only. */
  'actions-downloads': TallyItem;
  /** Outbound-link actions only. */
  'actions-outbounds': TallyItem;
  /** Click (event) actions only. */
  'actions-clicks': TallyItem;
  /** Average actions per visit. */
  'actions-average': TallyItem;
  /** Average time per visit, in seconds. */
  'time-average': TallyItem;
  /** Average time per visit, human-readable (e.g. "3m 10s"). */
  'time-average-pretty': TallyTextItem;
  /** Total time on site, in seconds. */
  'time-total': TallyItem;
  /** Total time on site, human-readable. */
  'time-total-pretty': TallyTextItem;
  /** Percent of visits with one action. */
  'bounce-rate': TallyItem;
  /** Custom visitor data values. */
  custom: PopularItem;
  /** Pages viewed. */
  pages: PopularItem;
  /** Landing pages. */
  'pages-entrance': PopularItem;
  /** Exit pages. */
  'pages-exit': PopularItem;
  /** Search phrases that led visitors to the site. */
  searches: PopularItem;
  /** Single keywords of those searches. */
  'searches-keywords': PopularItem;
  /** Search engines used. */
  'searches-engines': PopularItem;
  /** Search result ranks the site was found at. */
  'searches-rankings': PopularItem;
  /** Incoming links (full URLs). */
  links: PopularItem;
  /** Incoming links grouped by domain. */
  'links-domains': PopularItem;
  /** Outbound links clicked. */
  'links-outbound': PopularItem;
  /** Visitors' countries. */
  countries: PopularItem;
  /** Visitors' regions. */
  regions: PopularItem;
  /** Visitors' cities. */
  cities: PopularItem;
  /** Visitors' spoken languages. */
  languages: PopularItem;
  /** Goals completed, with funnel, conversion, revenue and cost. */
  goals: GoalItem;
  /** Videos played; video_meta=1 adds viewing metadata. */
  video: VideoItem;
  /** Files downloaded. */
  downloads: PopularItem;
  /** Events (older name clicks). */
  events: PopularItem;
  /** Web browsers. */
  'web-browsers': PopularItem;
  /** Operating systems. */
  'operating-systems': PopularItem;
  /** Screen resolutions. */
  'screen-resolutions': PopularItem;
  /** Device hardware (desktop, mobile, tablet). */
  hardware: PopularItem;
  /** Visitors' hostnames. */
  hostnames: PopularItem;
  /** Visitors' organizations. */
  organizations: PopularItem;
  /** Referrer types (search, social, direct, ...). */
  'traffic-sources': PopularItem;
  /** Most active visitors. */
  'visitors-most-active': PopularItem;
  /** Campaigns visitors arrived through. */
  campaigns: PopularItem;
  /** Split-test variants. */
  'split-tests': PopularItem;
  /** Visits grouped by number of actions. */
  'engagement-actions': PopularItem;
  /** Visits grouped by time on site. */
  'engagement-times': PopularItem;
  /** Short URLs followed. */
  shorturls: PopularItem;
  /** Visitors with every detail of each visit. */
  'visitors-list': VisitorsListItem;
  /** Visitor actions. */
  'actions-list': ActionsListItem;
  /** Searches that led someone to the site. */
  'searches-recent': RecentItem;
  /** Searches that led someone to the site for the first time. */
  'searches-unique': RecentItem;
  /** Links that led someone to the site. */
  'links-recent': RecentItem;
  /** Links that led someone to the site for the first time. */
  'links-unique': RecentItem;
  /** Uptime checks as an overview. */
  uptime: UptimeItem;
  /** Uptime events. */
  'uptime-list': UptimeListItem;
  /** Tally and popular data for the visitors matching the visitors-list filters; the result is keyed by the requested segments. */
  segmentation: PopularItem;
}

/** Each extra segment name to the shape of its items. */
export interface SegmentMap {
  /** Totals for the matching visitors: visitors, actions, average actions, bounce rate and more. */
  summary: SegmentSummaryItem;
}

/** The item shape of a data type or segment name. */
export type ItemOf<K> = K extends keyof TypeMap ? TypeMap[K] : K extends keyof SegmentMap ? SegmentMap[K] : never;

/** One date or range of one type, its items in the API's order. */
export interface DateGroup<Item> {
  /** The label as the API sent it: YYYY-MM-DD, or START,END for a range. */
  readonly date: string;
  /** First day of the group (YYYY-MM-DD). */
  readonly start: string;
  /** Last day of the group (YYYY-MM-DD); equals start for one day. */
  readonly end: string;
  readonly items: Item[];
}

/** The keys of a result: the requested types, with segmentation replaced by its segments. */
export type ResultKey<T extends DataType, S extends SegmentName> = Exclude<T, SegmentationType> | (SegmentationType extends T ? S : never);
/** A decoded answer: exactly the requested types, each a list of date groups. */
export type StatsResult<T extends DataType = DataType, S extends SegmentName = never> = { [K in ResultKey<T, S>]: DateGroup<ItemOf<K>>[] };
