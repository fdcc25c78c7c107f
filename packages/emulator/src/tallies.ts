// Tally types, counted from totals: the sums one pass over a set of sessions gives. A day's totals are counted once
// per site (traffic-index.ts); a segmentation's, from the sessions its filters keep.
import { type HourlyType, SECONDS_PER_DAY, type TallyType } from '@clicky-sdk/core';
import { durationPretty, round } from './pretty.ts';
import type { Action, ActionType, Session } from './traffic.ts';

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

/** Totals counted one session at a time. */
export class TotalsCounter {
  readonly #t: Counting = { ...NO_TOTALS };
  readonly #uids = new Set<string>();

  add(s: Session): void {
    const t = this.#t;
    t.visitors++;
    this.#uids.add(s.visitor.uid);
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

  /** The distinct visitor ids seen. */
  get uids(): ReadonlySet<string> {
    return this.#uids;
  }

  totals(): Totals {
    return { ...this.#t, uniqueVisitors: this.#uids.size };
  }
}

/** The totals of `sessions`, in one pass. */
export function totalsOf(sessions: readonly Session[]): Totals {
  const counter = new TotalsCounter();
  for (const s of sessions) counter.add(s);
  return counter.totals();
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

/** The hour of the site's day of unix time `t` in visit `s`; an action after midnight counts at hour 23 of its
 * visit's day. */
export const hourIn = (s: Session, t: number): number =>
  Math.min(23, Math.floor((t + s.offset - s.day * SECONDS_PER_DAY) / 3600));

/** The kind of action each hourly count of actions counts; `actions` counts every kind. */
const HOURLY_ACTION_KIND: Readonly<Record<Exclude<HourlyType, 'visitors' | 'actions'>, ActionType>> = {
  'actions-pageviews': 'pageview',
  'actions-downloads': 'download',
  'actions-outbounds': 'outbound',
  'actions-clicks': 'click',
};

/** Every hourly type, for the per-day index. */
export const HOURLY_TYPES: readonly HourlyType[] = [
  'visitors',
  'actions',
  ...(Object.keys(HOURLY_ACTION_KIND) as HourlyType[]),
];

const ONLY_ACTIONS: readonly HourlyType[] = ['actions'];
const BY_KIND: ReadonlyMap<ActionType, readonly HourlyType[]> = new Map(
  Object.entries(HOURLY_ACTION_KIND).map(([type, kind]) => [kind, ['actions', type as HourlyType]]),
);

/** The hourly types action `a` counts toward: `actions`, and its own kind's count when it has one. */
export const hourlyTypesOf = (a: Action): readonly HourlyType[] => BY_KIND.get(a.type) ?? ONLY_ACTIONS;

/** Visits or actions (of one kind) per hour of the site's day (hourly=1): 24 values, index = hour. */
export function hoursOf(type: HourlyType, sessions: readonly Session[]): number[] {
  const hours = new Array<number>(24).fill(0);
  const count = (h: number): void => {
    hours[h] = (hours[h] ?? 0) + 1;
  };
  for (const s of sessions) {
    if (type === 'visitors') count(hourIn(s, s.time));
    else for (const a of s.actions) if (hourlyTypesOf(a).includes(type)) count(hourIn(s, a.time));
  }
  return hours;
}
