// Reads a query string the way the API does: an invalid value silently becomes the default (an invalid date
// becomes today, a bad limit 50). The emulator mimics the API here; it does not validate like the SDK.
import {
  addDays,
  DATA_TYPES,
  type DataType,
  LIMITS,
  PARAMETERS,
  PLANS,
  type Plan,
  parseDateExpression,
  parseIso,
  rangeLength,
  resolveDateExpression,
  SEGMENT_NAMES,
} from '@clicky-sdk/core';

export type Output = 'xml' | 'json' | 'php' | 'csv';

export interface ApiRequest {
  readonly siteId: string | undefined;
  readonly sitekey: string | undefined;
  readonly types: readonly DataType[];
  readonly alertId: number | undefined;
  readonly output: Output;
  /** Items per group after the API's caps. */
  readonly limit: number;
  readonly page: number;
  readonly startDay: number;
  readonly endDay: number;
  readonly daily: boolean;
  readonly hourly: boolean;
  readonly trends: boolean;
  readonly item: string | undefined;
  readonly filter: { readonly text: string; readonly negate: boolean } | undefined;
  readonly heatmapUrl: boolean;
  readonly visitorDetails: readonly string[] | undefined;
  readonly timeOffset: number | undefined;
  readonly segments: readonly string[];
  /** visitors-list, actions-list and segmentation filters, by parameter name. */
  readonly filters: ReadonlyMap<string, string>;
  readonly custom: Readonly<Record<string, string>>;
  readonly multiValues: boolean;
  readonly videoMeta: boolean;
  readonly nullValues: boolean;
  readonly jsonCallback: string | undefined;
  readonly jsonVar: string | undefined;
  readonly restricted: boolean;
}

/** The filters: parameters that apply only to restricted types, less those that shape the output instead. */
const NOT_FILTERS = new Set(['time_offset', 'visitor-details', 'segments', 'custom', 'custom_keys_multi_values']);
const FILTER_NAMES: ReadonlySet<string> = new Set(
  PARAMETERS.filter(
    (p) => p.appliesTo !== '*' && p.appliesTo.every((t) => DATA_TYPES[t].restricted) && !NOT_FILTERS.has(p.name),
  ).map((p) => p.name),
);
const JS_NAME = /^[A-Za-z0-9_.]+$/;
const isOn = (v: string | null): boolean => v === '1' || v === 'true';

/** What the API would make of `query` for a site on `plan` when today is `today`. */
export function readApiRequest(query: URLSearchParams, plan: Plan, today: string): ApiRequest {
  const types = [...new Set((query.get('type') ?? '').split(',').map((t) => t.trim()))].filter((t): t is DataType =>
    Object.hasOwn(DATA_TYPES, t),
  );
  const alertRaw = query.get('alert_id');
  const alertId = alertRaw !== null && /^\d+$/.test(alertRaw) ? Number(alertRaw) : undefined;
  const effectiveTypes = types.length === 0 && alertId !== undefined ? (['visitors-list'] as DataType[]) : types;
  const restricted = effectiveTypes.some((t) => DATA_TYPES[t].restricted);
  const outputRaw = query.get('output');
  const output: Output = outputRaw === 'json' || outputRaw === 'php' || outputRaw === 'csv' ? outputRaw : 'xml';

  const limitRaw = query.get('limit');
  let limit = LIMITS.limitDefault;
  if (limitRaw === 'all') limit = LIMITS.limitAllCap;
  else if (
    limitRaw !== null &&
    /^\d+$/.test(limitRaw) &&
    Number(limitRaw) >= LIMITS.limitMin &&
    Number(limitRaw) <= LIMITS.limitMax
  )
    limit = Number(limitRaw);
  if (restricted) limit = Math.min(limit, LIMITS.restrictedMaxLimit);
  const planInfo = PLANS[plan];
  if (planInfo.maxResults !== undefined) limit = Math.min(limit, planInfo.maxResults);
  const pageRaw = query.get('page');
  const page = pageRaw !== null && /^[1-9]\d{0,6}$/.test(pageRaw) ? Number(pageRaw) : 1;

  // The date: anything invalid, too long for the plan or a restricted type, or too old for the plan is "today".
  let range = { start: today, end: today };
  try {
    const asked = resolveDateExpression(parseDateExpression(query.get('date') ?? 'today'), today);
    const days = rangeLength(asked);
    const maxDays = restricted ? Math.min(LIMITS.restrictedMaxRangeDays, planInfo.maxRangeDays) : planInfo.maxRangeDays;
    const oldest = planInfo.historyDays === undefined ? undefined : addDays(today, -(planInfo.historyDays - 1));
    if (days <= maxDays && (oldest === undefined || asked.start >= oldest)) range = asked;
  } catch {
    // invalid: today
  }

  const hourlyAsked = isOn(query.get('hourly'));
  const hourly = hourlyAsked && effectiveTypes.length > 0 && effectiveTypes.every((t) => DATA_TYPES[t].hourly);
  const itemRaw = query.get('item');
  const filterRaw = query.get('filter');
  const timeOffsetRaw = query.get('time_offset');
  const timeOffset =
    timeOffsetRaw !== null &&
    /^\d+$/.test(timeOffsetRaw) &&
    Number(timeOffsetRaw) >= 1 &&
    Number(timeOffsetRaw) <= LIMITS.timeOffsetMaxSeconds
      ? Number(timeOffsetRaw)
      : undefined;
  const details = query.get('visitor-details');
  const filters = new Map<string, string>();
  for (const name of FILTER_NAMES) {
    const v = query.get(name);
    if (v !== null && v !== '') filters.set(name, v);
  }
  const custom: Record<string, string> = {};
  for (const [k, v] of query) {
    const m = /^custom\[(.+)\]$/.exec(k);
    if (m && v !== '') custom[m[1] as string] = v;
  }
  const segmentSet = new Set<string>(SEGMENT_NAMES);
  const callback = query.get('json_callback');
  const variable = query.get('json_var');
  return {
    siteId: query.get('site_id') ?? undefined,
    sitekey: query.get('sitekey') ?? undefined,
    types: effectiveTypes,
    alertId,
    output,
    limit,
    page,
    // The range is a resolved, valid one, so both ends parse.
    startDay: parseIso(range.start) as number,
    endDay: parseIso(range.end) as number,
    daily: isOn(query.get('daily')) || hourly,
    hourly,
    trends: isOn(query.get('trends')),
    item: itemRaw !== null && itemRaw !== '' && effectiveTypes.length === 1 ? itemRaw : undefined,
    filter:
      filterRaw !== null && filterRaw !== '' && filterRaw !== '!'
        ? { text: filterRaw.replace(/^!/, '').toLowerCase(), negate: filterRaw.startsWith('!') }
        : undefined,
    heatmapUrl: isOn(query.get('heatmap_url')),
    visitorDetails: details ? details.split(',').map((d) => d.trim()) : undefined,
    timeOffset,
    segments: (query.get('segments') ?? '').split(',').filter((s) => segmentSet.has(s)),
    filters,
    custom,
    multiValues: isOn(query.get('custom_keys_multi_values')),
    videoMeta: isOn(query.get('video_meta')),
    nullValues: isOn(query.get('null_values')),
    jsonCallback: output === 'json' && callback && JS_NAME.test(callback) ? callback : undefined,
    jsonVar: output === 'json' && variable && JS_NAME.test(variable) ? variable : undefined,
    restricted,
  };
}
