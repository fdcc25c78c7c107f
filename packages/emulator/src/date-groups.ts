// The result's frame: items in date groups (one per day with daily=1, newest first), paged, with trends.
import { type DateGroup, formatIso } from '@clicky-sdk/core';
import type { ApiRequest } from './api-request.ts';

export type Item = Record<string, unknown>;
/** Date groups keyed by type (by segment for segmentation), in the request's order. */
export type Result = Record<string, DateGroup<Item>[]>;

/** Day numbers as YYYY-MM-DD, kept once made: a site's answers name the same few hundred days again and again. */
const ISO_DAYS = new Map<number, string>();
const isoDay = (day: number): string => {
  let iso = ISO_DAYS.get(day);
  if (iso === undefined) {
    if (ISO_DAYS.size >= 20_000) ISO_DAYS.clear();
    iso = formatIso(day);
    ISO_DAYS.set(day, iso);
  }
  return iso;
};

export const group = (startDay: number, endDay: number, items: Item[]): DateGroup<Item> => {
  const start = isoDay(startDay);
  const end = isoDay(endDay);
  return { date: start === end ? start : `${start},${end}`, start, end, items };
};

/** The day ranges of a request's date groups: one per day, newest first, with daily=1; else the whole range. */
export function dayRanges(req: ApiRequest): [number, number][] {
  if (!req.daily) return [[req.startDay, req.endDay]];
  const out: [number, number][] = [];
  for (let d = req.endDay; d >= req.startDay; d--) out.push([d, d]);
  return out;
}

/** The request's page of `items`. */
export const page = <T>(items: readonly T[], req: ApiRequest): T[] =>
  items.slice((req.page - 1) * req.limit, req.page * req.limit);

/** Percent change from the previous period, capped at ±999; none when there was nothing before. */
export const trendOf = (current: number, previous: number): number | undefined =>
  previous === 0 ? undefined : Math.max(-999, Math.min(999, Math.round(((current - previous) / previous) * 100)));
