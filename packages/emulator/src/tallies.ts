// Tally types, counted from totals: the sums one pass over a set of sessions gives. A day's totals are counted once
// per site (traffic-index.ts); a segmentation's, from the sessions its filters keep.
import { type HourlyType, SECONDS_PER_DAY, type TallyType } from '@clicky-sdk/core';
import { durationPretty, round } from './pretty.ts';
import type { Session } from './traffic.ts';

export interface Totals {
  readonly visitors: number;
  readonly uniqueVisitors: number;
  readonly newVisitors: number;
  readonly actions: number;
  readonly pageviews: number;
  readonly downloads: number;
  readonly outbounds: number;
  readonly clicks: number;
  /** Seconds, summed over visits. */
  readonly timeTotal: number;
  /** Visits of one action. */
  readonly bounces: number;
  readonly goalsCompleted: number;
}

type Additive = Exclude<keyof Totals, 'uniqueVisitors'>;
type Counting = { -readonly [K in keyof Totals]: number };
const ADDITIVE: readonly Additive[] = [
  'visitors',
  'newVisitors',
  'actions',
  'pageviews',
  'downloads',
  'outbounds',
  'clicks',
  'timeTotal',
  'bounces',
  'goalsCompleted',
];

export const NO_TOTALS: Totals = {
  visitors: 0,
  uniqueVisitors: 0,
  newVisitors: 0,
  actions: 0,
  pageviews: 0,
  downloads: 0,
  outbounds: 0,
  clicks: 0,
  timeTotal: 0,
  bounces: 0,
  goalsCompleted: 0,
};

/** The totals of `sessions`, in one pass. */
export function totalsOf(sessions: readonly Session[]): Totals {
  const t: Counting = { ...NO_TOTALS };
  const uids = new Set<string>();
  for (const s of sessions) {
    t.visitors++;
    uids.add(s.visitor.uid);
    if (s.isNew) t.newVisitors++;
    t.actions += s.actions.length;
    for (const a of s.actions) {
      if (a.type === 'pageview') t.pageviews++;
      else if (a.type === 'download') t.downloads++;
      else if (a.type === 'outbound') t.outbounds++;
      else if (a.type === 'click') t.clicks++;
    }
    t.timeTotal += s.timeTotal;
    if (s.actions.length === 1) t.bounces++;
    t.goalsCompleted += s.goalsCompleted.length;
  }
  t.uniqueVisitors = uids.size;
  return t;
}

/** The sum of days' totals; their unique visitors, which do not add up across days, are `uniqueVisitors`. */
export function sumTotals(days: readonly Totals[], uniqueVisitors: number): Totals {
  const t: Counting = { ...NO_TOTALS, uniqueVisitors };
  for (const day of days) for (const key of ADDITIVE) t[key] += day[key];
  return t;
}

const average = (sum: number, t: Totals): number => (t.visitors === 0 ? 0 : sum / t.visitors);

export const TALLIES: Readonly<Record<Exclude<TallyType, 'visitors-online'>, (t: Totals) => number | string>> = {
  visitors: (t) => t.visitors,
  'visitors-unique': (t) => t.uniqueVisitors,
  'visitors-new': (t) => t.newVisitors,
  actions: (t) => t.actions,
  'actions-pageviews': (t) => t.pageviews,
  'actions-downloads': (t) => t.downloads,
  'actions-outbounds': (t) => t.outbounds,
  'actions-clicks': (t) => t.clicks,
  'actions-average': (t) => round(average(t.actions, t), 1),
  'time-average': (t) => Math.round(average(t.timeTotal, t)),
  'time-average-pretty': (t) => durationPretty(Math.round(average(t.timeTotal, t))),
  'time-total': (t) => t.timeTotal,
  'time-total-pretty': (t) => durationPretty(t.timeTotal),
  'bounce-rate': (t) => Math.round(average(t.bounces, t) * 100),
};

/** Visits or actions per hour of the site's day (hourly=1): 24 values. */
export function hoursOf(type: HourlyType, sessions: readonly Session[]): number[] {
  const hours = new Array<number>(24).fill(0);
  for (const s of sessions) {
    // An action after midnight still counts in its visit's day, at hour 23.
    const hour = (t: number): number => Math.min(23, Math.floor((t + s.offset - s.day * SECONDS_PER_DAY) / 3600));
    const count = (t: number): void => {
      const h = hour(t);
      hours[h] = (hours[h] ?? 0) + 1;
    };
    if (type === 'visitors') count(s.time);
    else for (const a of s.actions) count(a.time);
  }
  return hours;
}
