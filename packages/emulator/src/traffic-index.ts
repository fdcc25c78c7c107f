// A site's traffic counted once: each day's totals, visits and actions per hour, and distinct visitors, so that a
// tally answer sums a few days' numbers instead of passing over every session again.
import type { HourlyType } from '@clicky-sdk/core';
import { isOnline } from './filters.ts';
import { HOURLY_TYPES, hourIn, hourlyTypesOf, NO_TOTALS, sumTotals, type Totals, TotalsCounter } from './tallies.ts';
import { type Session, sessionsBetween, type Traffic } from './traffic.ts';

interface Day {
  readonly totals: Totals;
  readonly hours: Readonly<Record<HourlyType, readonly number[]>>;
  /** The day's distinct visitor ids, for unique visitors over several days. */
  readonly uids: readonly string[];
}

const NO_HOURS: readonly number[] = new Array<number>(24).fill(0);
/** One list of hours per hourly type. */
const hoursBy = <T>(make: () => T): Record<HourlyType, T> =>
  Object.fromEntries(HOURLY_TYPES.map((t) => [t, make()])) as Record<HourlyType, T>;
const NO_DAY: Day = { totals: NO_TOTALS, hours: hoursBy(() => NO_HOURS), uids: [] };

export class TrafficIndex {
  readonly #traffic: Traffic;
  readonly #days: Day[] = [];
  /** The longest visit, first to last action, in seconds: how far back a visit still online may have begun. */
  readonly #longestVisit: number;
  readonly #online = new Map<number, number>();

  constructor(traffic: Traffic) {
    this.#traffic = traffic;
    let longest = 0;
    // One pass: each day's totals, hours and distinct visitors.
    for (let day = traffic.firstDay; day <= traffic.lastDay; day++) {
      const counter = new TotalsCounter();
      const hours = hoursBy(() => new Array<number>(24).fill(0));
      const count = (type: HourlyType, h: number): void => {
        hours[type][h] = (hours[type][h] ?? 0) + 1;
      };
      for (const s of sessionsBetween(traffic, day, day)) {
        counter.add(s);
        count('visitors', hourIn(s, s.time));
        for (const a of s.actions) {
          const h = hourIn(s, a.time);
          for (const type of hourlyTypesOf(a)) count(type, h);
        }
        longest = Math.max(longest, (s.actions.at(-1)?.time ?? s.time) - s.time);
      }
      this.#days.push({ totals: counter.totals(), hours, uids: [...counter.uids] });
    }
    this.#longestVisit = longest;
  }

  #day(day: number): Day {
    return this.#days[day - this.#traffic.firstDay] ?? NO_DAY;
  }

  /** The totals of days [startDay, endDay]; days without traffic count nothing. */
  totals(startDay: number, endDay: number): Totals {
    if (startDay === endDay) return this.#day(startDay).totals;
    const days: Day[] = [];
    for (let d = Math.max(startDay, this.#traffic.firstDay); d <= Math.min(endDay, this.#traffic.lastDay); d++)
      days.push(this.#day(d));
    const uids = new Set<string>();
    for (const day of days) for (const uid of day.uids) uids.add(uid);
    return sumTotals(
      days.map((d) => d.totals),
      uids.size,
    );
  }

  /** Visits or actions per hour of days [startDay, endDay], summed hour by hour. */
  hours(type: HourlyType, startDay: number, endDay: number): readonly number[] {
    if (startDay === endDay) return this.#day(startDay).hours[type];
    const sum = new Array<number>(24).fill(0);
    for (let d = startDay; d <= endDay; d++) {
      const hours = this.#day(d).hours[type];
      for (let h = 0; h < 24; h++) sum[h] = (sum[h] ?? 0) + (hours[h] ?? 0);
    }
    return sum;
  }

  /** Visitors online at `now`: only visits begun within the longest visit (and a day's slack for time zone
   * shifts in the order of sessions) before it can be, so only the newest sessions are looked at. */
  online(now: number): number {
    let count = this.#online.get(now);
    if (count === undefined) {
      count = 0;
      const sessions: readonly Session[] = this.#traffic.sessions;
      const earliest = now - this.#longestVisit - 86_400 - 900;
      for (let i = sessions.length - 1; i >= 0 && (sessions[i] as Session).time >= earliest; i--)
        if (isOnline(sessions[i] as Session, now)) count++;
      this.#online.set(now, count);
    }
    return count;
  }
}

const INDEXES = new WeakMap<Traffic, TrafficIndex>();

/** The index of `traffic`, counted on first use and kept as long as the traffic is. */
export function indexOf(traffic: Traffic): TrafficIndex {
  let index = INDEXES.get(traffic);
  if (index === undefined) {
    index = new TrafficIndex(traffic);
    INDEXES.set(traffic, index);
  }
  return index;
}
