// generated from spec/clicky.openapi.yaml by tools/codegen; do not edit.
// Change the spec or the generator, then run `pnpm generate`.

import { readDataTypes, segmentNames, selectTypes } from '../table-rows.ts';
import type { DataTypeInfo, LimitsTable, ParamSpec, PlanInfo } from '../spec-types.ts';
import type { DataType, OutputFormat, Plan, SegmentName } from './data-types.ts';

/** What the spec says of each data type, one a line in spec order: name, category, item shape, flags. */
export const DATA_TYPES: Readonly<Record<DataType, DataTypeInfo>> = /* @__PURE__ */ readDataTypes(`
visitors tally TallyItem hourly
visitors-unique tally TallyItem
visitors-new tally TallyItem
visitors-online tally TallyItem ignores-date
actions tally TallyItem hourly
actions-pageviews tally TallyItem hourly
actions-downloads tally TallyItem hourly
actions-outbounds tally TallyItem hourly
actions-clicks tally TallyItem hourly
actions-average tally TallyItem
time-average tally TallyItem
time-average-pretty tally TallyTextItem
time-total tally TallyItem
time-total-pretty tally TallyTextItem
bounce-rate tally TallyItem
custom popular PopularItem
pages popular PopularItem
pages-entrance popular PopularItem
pages-exit popular PopularItem
searches popular PopularItem
searches-keywords popular PopularItem
searches-engines popular PopularItem
searches-rankings popular PopularItem
links popular PopularItem
links-domains popular PopularItem
links-outbound popular PopularItem
countries popular PopularItem
regions popular PopularItem
cities popular PopularItem
languages popular PopularItem
goals popular GoalItem plan:pro
video popular VideoItem
downloads popular PopularItem
events popular PopularItem
web-browsers popular PopularItem
operating-systems popular PopularItem
screen-resolutions popular PopularItem
hardware popular PopularItem
hostnames popular PopularItem plan:premium
organizations popular PopularItem plan:premium
traffic-sources popular PopularItem
visitors-most-active popular PopularItem
campaigns popular PopularItem plan:pro
split-tests popular PopularItem plan:premium plan-weak
engagement-actions popular PopularItem
engagement-times popular PopularItem
shorturls popular PopularItem
visitors-list chronological VisitorsListItem restricted
actions-list chronological ActionsListItem restricted
searches-recent chronological RecentItem
searches-unique chronological RecentItem
links-recent chronological RecentItem
links-unique chronological RecentItem
uptime chronological UptimeItem plan:premium plan-weak
uptime-list chronological UptimeListItem plan:premium plan-weak
segmentation segmentation PopularItem restricted
`);
/** Every data type, in spec order. */
export const DATA_TYPE_NAMES: readonly DataType[] = /* @__PURE__ */ Object.keys(DATA_TYPES) as DataType[];
/** Every wire format. */
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['xml', 'php', 'json', 'csv'];
/** Every name `segments=` accepts: the tally and popular types, then the extra segment names. */
export const SEGMENT_NAMES: readonly SegmentName[] = /* @__PURE__ */ segmentNames<SegmentName>(DATA_TYPES, 'summary');
/** The types of the selectors category:popular, category:chronological, category:segmentation. */
const TYPES_POPULAR_CHRONOLOGICAL_SEGMENTATION: readonly DataType[] = /* @__PURE__ */ selectTypes(DATA_TYPES, 'category:popular category:chronological category:segmentation');
/** The types of the selectors category:tally, category:popular, category:segmentation. */
const TYPES_TALLY_POPULAR_SEGMENTATION: readonly DataType[] = /* @__PURE__ */ selectTypes(DATA_TYPES, 'category:tally category:popular category:segmentation');
/** The types of the selectors visitors, actions, actions-pageviews, actions-downloads, actions-outbounds, actions-clicks. */
const TYPES_VISITORS_ACTIONS_ACTIONS_PAGEVIEWS_ACTIONS_DOWNLOADS_ACTIONS_OUTBOUNDS_ACTIONS_CLICKS: readonly DataType[] = /* @__PURE__ */ selectTypes(DATA_TYPES, 'visitors actions actions-pageviews actions-downloads actions-outbounds actions-clicks');
/** The types of the selectors category:tally, category:popular. */
const TYPES_TALLY_POPULAR: readonly DataType[] = /* @__PURE__ */ selectTypes(DATA_TYPES, 'category:tally category:popular');
/** The types of the selectors category:popular. */
const TYPES_POPULAR: readonly DataType[] = /* @__PURE__ */ selectTypes(DATA_TYPES, 'category:popular');
/** The types of the selectors pages. */
const TYPES_PAGES: readonly DataType[] = /* @__PURE__ */ selectTypes(DATA_TYPES, 'pages');
/** The types of the selectors visitors-list. */
const TYPES_VISITORS_LIST: readonly DataType[] = /* @__PURE__ */ selectTypes(DATA_TYPES, 'visitors-list');
/** The types of the selectors visitors-list, actions-list. */
const TYPES_VISITORS_LIST_ACTIONS_LIST: readonly DataType[] = /* @__PURE__ */ selectTypes(DATA_TYPES, 'visitors-list actions-list');
/** The types of the selectors segmentation. */
const TYPES_SEGMENTATION: readonly DataType[] = /* @__PURE__ */ selectTypes(DATA_TYPES, 'segmentation');
/** The types of the selectors visitors-list, actions-list, segmentation. */
const TYPES_VISITORS_LIST_ACTIONS_LIST_SEGMENTATION: readonly DataType[] = /* @__PURE__ */ selectTypes(DATA_TYPES, 'visitors-list actions-list segmentation');
/** The types of the selectors visitors-list, segmentation. */
const TYPES_VISITORS_LIST_SEGMENTATION: readonly DataType[] = /* @__PURE__ */ selectTypes(DATA_TYPES, 'visitors-list segmentation');
/** The types of the selectors actions-list. */
const TYPES_ACTIONS_LIST: readonly DataType[] = /* @__PURE__ */ selectTypes(DATA_TYPES, 'actions-list');
/** The types of the selectors video. */
const TYPES_VIDEO: readonly DataType[] = /* @__PURE__ */ selectTypes(DATA_TYPES, 'video');
/** Every parameter, in spec order: kind, constraints, default, the types it applies to, its rules. */
export const PARAMETERS: readonly ParamSpec[] = [
  { name: 'site_id', kind: 'integer', required: true, appliesTo: '*', min: 1 },
  {
    name: 'sitekey',
    kind: 'string',
    required: true,
    appliesTo: '*',
    pattern: '^[A-Za-z0-9]{12,16}$',
    patternHint: '12-16 letters and digits',
    secret: true,
  },
  {
    name: 'type',
    kind: 'list',
    required: false,
    appliesTo: '*',
    minItems: 1,
    values: DATA_TYPE_NAMES,
    rules: ['required-unless-implied'],
  },
  {
    name: 'alert_id',
    kind: 'integer',
    required: false,
    appliesTo: '*',
    min: 1,
    implies: { type: 'visitors-list' },
  },
  {
    name: 'output',
    kind: 'enum',
    required: false,
    appliesTo: '*',
    values: ['xml', 'php', 'json', 'csv'],
    default: 'xml',
  },
  {
    name: 'limit',
    kind: 'limit',
    required: false,
    appliesTo: TYPES_POPULAR_CHRONOLOGICAL_SEGMENTATION,
    min: 1,
    max: 1000,
    default: 50,
    rules: ['plan-limit'],
  },
  {
    name: 'page',
    kind: 'integer',
    required: false,
    appliesTo: TYPES_POPULAR_CHRONOLOGICAL_SEGMENTATION,
    min: 1,
    default: 1,
  },
  {
    name: 'date',
    kind: 'date',
    required: false,
    appliesTo: '*',
    default: 'today',
    format: 'date-expression',
    rules: ['restricted-range'],
  },
  {
    name: 'daily',
    kind: 'boolean',
    required: false,
    appliesTo: TYPES_TALLY_POPULAR_SEGMENTATION,
    default: false,
  },
  {
    name: 'hourly',
    kind: 'boolean',
    required: false,
    appliesTo: TYPES_VISITORS_ACTIONS_ACTIONS_PAGEVIEWS_ACTIONS_DOWNLOADS_ACTIONS_OUTBOUNDS_ACTIONS_CLICKS,
    default: false,
    rules: ['all-types-hourly'],
  },
  { name: 'trends', kind: 'boolean', required: false, appliesTo: TYPES_TALLY_POPULAR, default: false },
  {
    name: 'item',
    kind: 'string',
    required: false,
    appliesTo: TYPES_POPULAR,
    minLength: 1,
    rules: ['single-type'],
  },
  { name: 'heatmap_url', kind: 'boolean', required: false, appliesTo: TYPES_PAGES, default: false },
  {
    name: 'visitor-details',
    kind: 'list',
    required: false,
    appliesTo: TYPES_VISITORS_LIST,
    minItems: 1,
    values: [
      'time',
      'time_pretty',
      'time_total',
      'ip_address',
      'uid',
      'session_id',
      'actions',
      'total_visits',
      'first_visit',
      'landing_page',
      'web_browser',
      'operating_system',
      'screen_resolution',
      'javascript',
      'language',
      'referrer_url',
      'referrer_domain',
      'referrer_search',
      'referrer_type',
      'geolocation',
      'country_code',
      'latitude',
      'longitude',
      'hostname',
      'organization',
      'campaign',
      'goals',
      'custom',
      'stats_url',
    ],
  },
  {
    name: 'time_offset',
    kind: 'integer',
    required: false,
    appliesTo: TYPES_VISITORS_LIST_ACTIONS_LIST,
    min: 1,
    max: 86400,
    overrides: ['date'],
  },
  {
    name: 'segments',
    kind: 'list',
    required: false,
    appliesTo: TYPES_SEGMENTATION,
    minItems: 1,
    values: SEGMENT_NAMES,
    rules: ['required-when-applicable'],
  },
  {
    name: 'ip_address',
    kind: 'string',
    required: false,
    appliesTo: TYPES_VISITORS_LIST_ACTIONS_LIST_SEGMENTATION,
    minLength: 1,
    format: 'ip-filter',
  },
  {
    name: 'uid',
    kind: 'string',
    required: false,
    appliesTo: TYPES_VISITORS_LIST_ACTIONS_LIST_SEGMENTATION,
    minLength: 1,
  },
  {
    name: 'session_id',
    kind: 'integer',
    required: false,
    appliesTo: TYPES_VISITORS_LIST_ACTIONS_LIST,
    min: 1,
  },
  {
    name: 'new_visitors',
    kind: 'boolean',
    required: false,
    appliesTo: TYPES_VISITORS_LIST_SEGMENTATION,
  },
  {
    name: 'returning_visitors',
    kind: 'boolean',
    required: false,
    appliesTo: TYPES_VISITORS_LIST_SEGMENTATION,
  },
  { name: 'online', kind: 'boolean', required: false, appliesTo: TYPES_VISITORS_LIST_SEGMENTATION },
  { name: 'heatmap', kind: 'boolean', required: false, appliesTo: TYPES_VISITORS_LIST_SEGMENTATION },
  {
    name: 'actions',
    kind: 'string',
    required: false,
    appliesTo: TYPES_VISITORS_LIST_SEGMENTATION,
    minLength: 1,
    format: 'comparison',
  },
  {
    name: 'time',
    kind: 'string',
    required: false,
    appliesTo: TYPES_VISITORS_LIST_SEGMENTATION,
    minLength: 1,
    format: 'comparison',
  },
  {
    name: 'href',
    kind: 'string',
    required: false,
    appliesTo: TYPES_VISITORS_LIST_ACTIONS_LIST_SEGMENTATION,
    minLength: 1,
  },
  {
    name: 'landing',
    kind: 'string',
    required: false,
    appliesTo: TYPES_VISITORS_LIST_SEGMENTATION,
    minLength: 1,
  },
  {
    name: 'exit',
    kind: 'string',
    required: false,
    appliesTo: TYPES_VISITORS_LIST_SEGMENTATION,
    minLength: 1,
  },
  {
    name: 'search',
    kind: 'string',
    required: false,
    appliesTo: TYPES_VISITORS_LIST_SEGMENTATION,
    minLength: 1,
  },
  {
    name: 'search-local',
    kind: 'string',
    required: false,
    appliesTo: TYPES_VISITORS_LIST_SEGMENTATION,
    minLength: 1,
  },
  {
    name: 'domain',
    kind: 'string',
    required: false,
    appliesTo: TYPES_VISITORS_LIST_SEGMENTATION,
    minLength: 1,
  },
  {
    name: 'link',
    kind: 'string',
    required: false,
    appliesTo: TYPES_VISITORS_LIST_SEGMENTATION,
    minLength: 1,
  },
  {
    name: 'browser',
    kind: 'string',
    required: false,
    appliesTo: TYPES_VISITORS_LIST_SEGMENTATION,
    minLength: 1,
  },
  {
    name: 'os',
    kind: 'string',
    required: false,
    appliesTo: TYPES_VISITORS_LIST_SEGMENTATION,
    minLength: 1,
  },
  {
    name: 'resolution',
    kind: 'string',
    required: false,
    appliesTo: TYPES_VISITORS_LIST_SEGMENTATION,
    minLength: 1,
  },
  {
    name: 'country',
    kind: 'string',
    required: false,
    appliesTo: TYPES_VISITORS_LIST_SEGMENTATION,
    minLength: 1,
  },
  {
    name: 'city',
    kind: 'string',
    required: false,
    appliesTo: TYPES_VISITORS_LIST_SEGMENTATION,
    minLength: 1,
  },
  {
    name: 'language',
    kind: 'string',
    required: false,
    appliesTo: TYPES_VISITORS_LIST_SEGMENTATION,
    minLength: 1,
  },
  {
    name: 'hostname',
    kind: 'string',
    required: false,
    appliesTo: TYPES_VISITORS_LIST_SEGMENTATION,
    minLength: 1,
  },
  {
    name: 'org',
    kind: 'string',
    required: false,
    appliesTo: TYPES_VISITORS_LIST_SEGMENTATION,
    minLength: 1,
  },
  {
    name: 'source',
    kind: 'string',
    required: false,
    appliesTo: TYPES_VISITORS_LIST_SEGMENTATION,
    minLength: 1,
  },
  {
    name: 'shorturl',
    kind: 'string',
    required: false,
    appliesTo: TYPES_VISITORS_LIST_SEGMENTATION,
    minLength: 1,
  },
  { name: 'custom', kind: 'map', required: false, appliesTo: TYPES_VISITORS_LIST_SEGMENTATION },
  {
    name: 'goal',
    kind: 'string',
    required: false,
    appliesTo: TYPES_VISITORS_LIST_SEGMENTATION,
    minLength: 1,
  },
  {
    name: 'campaign',
    kind: 'string',
    required: false,
    appliesTo: TYPES_VISITORS_LIST_SEGMENTATION,
    minLength: 1,
  },
  {
    name: 'split',
    kind: 'string',
    required: false,
    appliesTo: TYPES_VISITORS_LIST_SEGMENTATION,
    minLength: 1,
  },
  {
    name: 'action_type',
    kind: 'enum',
    required: false,
    appliesTo: TYPES_ACTIONS_LIST,
    values: ['pageview', 'download', 'outbound', 'event', 'video', 'search'],
  },
  {
    name: 'custom_keys_multi_values',
    kind: 'boolean',
    required: false,
    appliesTo: TYPES_VISITORS_LIST_ACTIONS_LIST,
    default: false,
  },
  { name: 'video_meta', kind: 'boolean', required: false, appliesTo: TYPES_VIDEO, default: false },
  {
    name: 'filter',
    kind: 'string',
    required: false,
    appliesTo: TYPES_POPULAR,
    minLength: 1,
    format: 'negatable',
  },
  {
    name: 'json_callback',
    kind: 'string',
    required: false,
    appliesTo: '*',
    pattern: '^[A-Za-z0-9_.]+$',
    patternHint: 'made of letters, digits, _ and .',
    requires: { output: 'json' },
  },
  {
    name: 'json_var',
    kind: 'string',
    required: false,
    appliesTo: '*',
    pattern: '^[A-Za-z0-9_.]+$',
    patternHint: 'made of letters, digits, _ and .',
    requires: { output: 'json' },
  },
  { name: 'null_values', kind: 'boolean', required: false, appliesTo: '*', default: false },
  { name: 'app', kind: 'string', required: false, appliesTo: '*', minLength: 1, maxLength: 128 },
];
/** The numbers the API enforces. */
export const LIMITS: LimitsTable = {
  limitDefault: 50,
  limitMin: 1,
  limitMax: 1000,
  limitAllCap: 5000,
  restrictedMaxRangeDays: 31,
  restrictedMaxLimit: 1000,
  restrictedMaxConcurrentPerSite: 1,
  timeOffsetMaxSeconds: 86400,
  appMaxLength: 128,
};
/** Each account plan's caps. */
export const PLANS: Readonly<Record<Plan, PlanInfo>> = {
  free: { historyDays: 30, maxResults: 100, maxRangeDays: 31 },
  premium: { maxRangeDays: 31 },
  pro: { maxRangeDays: 366 },
};
/** The plan validation assumes when none is configured. */
export const DEFAULT_PLAN: Plan = 'premium';
/** The path of the one operation. */
export const API_PATH: string = '/api/stats/4';
