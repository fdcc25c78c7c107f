// Reads a query string the way the API does: an invalid value silently becomes the default (an invalid date
// becomes today, a bad limit 50). The emulator mimics the API here; it does not validate like the SDK.
import {
  addDays,
  DATA_TYPES,
  type DataType,
  LIMITS,
  OUTPUT_FORMATS,
  PARAMETERS,
  PLANS,
  type Plan,
  type PlanInfo,
  parseDateExpression,
  parseIso,
  rangeLength,
  resolveDateExpression,
  SEGMENT_NAMES,
} from '@clicky-sdk/core';
import type { Framing } from './framing.ts';
import { DEFAULT_OUTPUT, JSON_CALLBACK_PATTERN, JSON_VAR_PATTERN, VISITOR_DETAILS } from './spec-params.ts';

export interface ApiRequest extends Framing {
  readonly siteId: string | undefined;
  readonly sitekey: string | undefined;
  readonly types: readonly DataType[];
  readonly alertId: number | undefined;
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
  readonly custom: ReadonlyMap<string, string>;
  readonly multiValues: boolean;
  readonly videoMeta: boolean;
  readonly nullValues: boolean;
  readonly restricted: boolean;
}

/** The filters: parameters that apply only to restricted types, less those that shape the output instead. */
const NOT_FILTERS = new Set(['time_offset', 'visitor-details', 'segments', 'custom', 'custom_keys_multi_values']);
const FILTER_NAMES: ReadonlySet<string> = new Set(
  PARAMETERS.filter(
    (p) => p.appliesTo !== '*' && p.appliesTo.every((t) => DATA_TYPES[t].restricted) && !NOT_FILTERS.has(p.name),
  ).map((p) => p.name),
);
const SEGMENTS: ReadonlySet<string> = new Set(SEGMENT_NAMES);
const isOn = (v: string | null): boolean => v === '1' || v === 'true';
/** A whole number in [min, max] written in plain digits, or undefined. */
const wholeIn = (raw: string | null, min: number, max: number): number | undefined =>
  raw !== null && /^\d+$/.test(raw) && Number(raw) >= min && Number(raw) <= max ? Number(raw) : undefined;

/** The known types, once each; with none but an alert_id, visitors-list. */
function readTypes(query: URLSearchParams): { types: DataType[]; alertId: number | undefined } {
  const types: DataType[] = [];
  for (const raw of (query.get('type') ?? '').split(',')) {
    const t = raw.trim();
    if (Object.hasOwn(DATA_TYPES, t) && !types.includes(t as DataType)) types.push(t as DataType);
  }
  // An id past 2^53 names no alert (and would not survive as a number).
  const alertId = wholeIn(query.get('alert_id'), 1, Number.MAX_SAFE_INTEGER);
  return { types: types.length === 0 && alertId !== undefined ? ['visitors-list'] : types, alertId };
}

/** Items per group: a bad limit is the default, `all` the cap, then the restricted and plan caps. */
function readLimit(raw: string | null, restricted: boolean, plan: PlanInfo): number {
  let limit =
    raw === 'all' ? LIMITS.limitAllCap : (wholeIn(raw, LIMITS.limitMin, LIMITS.limitMax) ?? LIMITS.limitDefault);
  if (restricted) limit = Math.min(limit, LIMITS.restrictedMaxLimit);
  if (plan.maxResults !== undefined) limit = Math.min(limit, plan.maxResults);
  return limit;
}

/** The day numbers asked for; anything invalid, too long for the plan or a restricted type, or too old is today. */
function readRange(raw: string | null, restricted: boolean, plan: PlanInfo, today: string): [number, number] {
  // `today` is a valid day (the site's), so it parses.
  const todayDay = parseIso(today) as number;
  if (raw === null) return [todayDay, todayDay];
  try {
    const asked = resolveDateExpression(parseDateExpression(raw), today);
    const maxDays = restricted ? Math.min(LIMITS.restrictedMaxRangeDays, plan.maxRangeDays) : plan.maxRangeDays;
    const oldest = plan.historyDays === undefined ? undefined : addDays(today, -(plan.historyDays - 1));
    if (rangeLength(asked) <= maxDays && (oldest === undefined || asked.start >= oldest)) {
      // A resolved range is a valid one, so both ends parse.
      const start = parseIso(asked.start) as number;
      return [start, asked.end === asked.start ? start : (parseIso(asked.end) as number)];
    }
  } catch {
    // invalid: today
  }
  return [todayDay, todayDay];
}

/** The visitors-list, actions-list and segmentation filters given (the first value of each, as the API reads a
 * parameter), and the `custom[key]` ones (the last value of each); one pass over the query. */
function readFilters(query: URLSearchParams): Pick<ApiRequest, 'filters' | 'custom'> {
  const filters = new Map<string, string>();
  const seen = new Set<string>();
  const custom = new Map<string, string>();
  for (const [k, v] of query) {
    if (FILTER_NAMES.has(k)) {
      if (!seen.has(k) && v !== '') filters.set(k, v);
      seen.add(k);
    } else if (k.length > 8 && k.startsWith('custom[') && k.endsWith(']') && v !== '') custom.set(k.slice(7, -1), v);
  }
  return { filters, custom };
}

/** The visitors-list fields asked for, those the spec lists only; none known (or none asked) is every field. */
function readVisitorDetails(raw: string | null): readonly string[] | undefined {
  const known = (raw ?? '').split(',').filter((d) => VISITOR_DETAILS.has(d.trim()));
  return known.length === 0 ? undefined : known.map((d) => d.trim());
}

/** JSONP names, kept only with JSON output and when they are JavaScript names. */
function readFraming(query: URLSearchParams): Framing {
  const output = OUTPUT_FORMATS.find((f) => f === query.get('output')) ?? DEFAULT_OUTPUT;
  const callback = query.get('json_callback');
  const variable = query.get('json_var');
  return {
    output,
    jsonCallback: output === 'json' && callback && JSON_CALLBACK_PATTERN.test(callback) ? callback : undefined,
    jsonVar: output === 'json' && variable && JSON_VAR_PATTERN.test(variable) ? variable : undefined,
  };
}

/** What the API would make of `query` for a site on `plan` when today is `today`. */
export function readApiRequest(query: URLSearchParams, plan: Plan, today: string): ApiRequest {
  const { types, alertId } = readTypes(query);
  const restricted = types.some((t) => DATA_TYPES[t].restricted);
  const planInfo = PLANS[plan];
  const [startDay, endDay] = readRange(query.get('date'), restricted, planInfo, today);
  const hourly = isOn(query.get('hourly')) && types.length > 0 && types.every((t) => DATA_TYPES[t].hourly);
  const item = query.get('item');
  const filter = query.get('filter');
  const { output, jsonCallback, jsonVar } = readFraming(query);
  const { filters, custom } = readFilters(query);
  // Named properties, no spreads: this runs for every request, and spreading into a literal this size is slow.
  return {
    output,
    jsonCallback,
    jsonVar,
    siteId: query.get('site_id') ?? undefined,
    sitekey: query.get('sitekey') ?? undefined,
    types,
    alertId,
    restricted,
    limit: readLimit(query.get('limit'), restricted, planInfo),
    page: wholeIn(query.get('page'), 1, 9_999_999) ?? 1,
    startDay,
    endDay,
    daily: isOn(query.get('daily')) || hourly,
    hourly,
    trends: isOn(query.get('trends')),
    item: item !== null && item !== '' && types.length === 1 ? item : undefined,
    filter:
      filter !== null && filter !== '' && filter !== '!'
        ? { text: filter.replace(/^!/, '').toLowerCase(), negate: filter.startsWith('!') }
        : undefined,
    heatmapUrl: isOn(query.get('heatmap_url')),
    visitorDetails: readVisitorDetails(query.get('visitor-details')),
    timeOffset: wholeIn(query.get('time_offset'), 1, LIMITS.timeOffsetMaxSeconds),
    segments: (query.get('segments') ?? '').split(',').filter((s) => SEGMENTS.has(s)),
    filters,
    custom,
    multiValues: isOn(query.get('custom_keys_multi_values')),
    videoMeta: isOn(query.get('video_meta')),
    nullValues: isOn(query.get('null_values')),
  };
}
