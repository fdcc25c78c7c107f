// Tally types, counted from sessions: one number per date group (or one per hour with hourly=1).
import { type HourlyType, SECONDS_PER_DAY, type TallyType } from '@clicky-sdk/core';
import { durationPretty, round } from './pretty.ts';
import type { Session } from './traffic.ts';

type Tally = (sessions: readonly Session[]) => number | string;

const actionCount = (sessions: readonly Session[], type?: string): number => {
  let n = 0;
  for (const s of sessions) for (const a of s.actions) if (type === undefined || a.type === type) n++;
  return n;
};
const totalTime = (sessions: readonly Session[]): number => sessions.reduce((sum, s) => sum + s.timeTotal, 0);
const averageTime = (sessions: readonly Session[]): number =>
  sessions.length === 0 ? 0 : Math.round(totalTime(sessions) / sessions.length);

export const TALLIES: Readonly<Record<Exclude<TallyType, 'visitors-online'>, Tally>> = {
  visitors: (s) => s.length,
  'visitors-unique': (s) => new Set(s.map((x) => x.visitor.uid)).size,
  'visitors-new': (s) => s.filter((x) => x.isNew).length,
  actions: (s) => actionCount(s),
  'actions-pageviews': (s) => actionCount(s, 'pageview'),
  'actions-downloads': (s) => actionCount(s, 'download'),
  'actions-outbounds': (s) => actionCount(s, 'outbound'),
  'actions-clicks': (s) => actionCount(s, 'click'),
  'actions-average': (s) => (s.length === 0 ? 0 : round(actionCount(s) / s.length, 1)),
  'time-average': averageTime,
  'time-average-pretty': (s) => durationPretty(averageTime(s)),
  'time-total': totalTime,
  'time-total-pretty': (s) => durationPretty(totalTime(s)),
  'bounce-rate': (s) =>
    s.length === 0 ? 0 : Math.round((s.filter((x) => x.actions.length === 1).length / s.length) * 100),
};

/** visitors and actions per hour of the site's day (hourly=1): 24 values. */
export function hourlyTally(type: HourlyType, sessions: readonly Session[]): number[] {
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
