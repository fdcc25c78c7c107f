// Hourly tallies in serialized PHP (quirk hourly-items): a date group holds one item whose value is an array of
// hour => value, written hour 23 first (quirk hourly-newest-first). Read, it becomes one item per hour, newest
// hour first whatever order the keys come in, as the other formats decode; written, the items of a date group
// (newest hour first) become that one item again.
import { ClickyDecodeError, isRecord } from '@clicky-sdk/core';
import type { Encodable } from '../../result.ts';
import type { WireType } from '../../typing/result.ts';
import { isTally } from '../../typing/shapes.ts';
import { toWireValue } from '../../typing/wire.ts';
import { serialize } from './serialize.ts';
import type { PhpValue } from './unserialize.ts';

const HOURS_A_DAY = 24;

/** Hour keys as PHP writes them: whole numbers 0 to 23. */
const hourOf = (key: string): number => (/^(?:1?\d|2[0-3])$/.test(key) ? Number(key) : -1);

/** One item per hour, newest first, from an hourly item's value (a list indexed by hour, or hour => value). */
function hoursOf(hours: PhpValue[] | { [key: string]: PhpValue }, path: string): { value: PhpValue }[] {
  const byHour: [number, PhpValue][] = [];
  if (Array.isArray(hours)) {
    if (hours.length > HOURS_A_DAY)
      throw new ClickyDecodeError('php', `at most ${HOURS_A_DAY} hourly values a day`, { path });
    hours.forEach((v, h) => {
      byHour.push([h, v]);
    });
  } else
    for (const key of Object.keys(hours)) {
      const h = hourOf(key);
      if (h < 0) throw new ClickyDecodeError('php', 'hour keys from 0 to 23', { path });
      byHour.push([h, hours[key] as PhpValue]);
    }
  return byHour.sort((a, b) => b[0] - a[0]).map(([, value]) => ({ value }));
}

/**
 * An item of a tally's date group as items: one per hour, newest first, for an hourly item (whose value is an
 * array); undefined for any other item, which stays as it is. `path` names the item in an error.
 */
export function hourlyItems(item: unknown, path: string): { value: PhpValue }[] | undefined {
  if (!isRecord(item) || typeof item.value !== 'object' || item.value === null) return undefined;
  if (Object.keys(item).length !== 1)
    throw new ClickyDecodeError('php', 'an hourly item holding only its value', { path });
  return hoursOf(item.value as PhpValue[], path);
}

/** Whether a date group holds an hourly item (a loop: no closure for every group of every decode). */
function hasHourlyItem(items: readonly unknown[]): boolean {
  for (const item of items) if (isRecord(item) && typeof item.value === 'object' && item.value !== null) return true;
  return false;
}

/** The wire model with each hourly item of a tally split into one item per hour (other items as they are). */
export function splitHourly(wire: WireType[]): WireType[] {
  for (const t of wire) {
    if (!isTally(t.type)) continue;
    t.dates.forEach((g, di) => {
      if (!hasHourlyItem(g.items)) return;
      const split: unknown[] = [];
      g.items.forEach((item, i) => {
        const hours = hourlyItems(item, `${t.type}[${di}].items[${i}]`);
        if (hours === undefined) split.push(item);
        else for (const hour of hours) split.push(hour);
      });
      g.items.splice(0, g.items.length, ...split);
    });
  }
  return wire;
}

/** A date group of an hourly tally: its items each hold a value only, at most one a hour. */
const isHourlyGroup = (items: readonly object[]): boolean =>
  items.length > 0 && items.length <= HOURS_A_DAY && items.every((it) => Object.keys(it).join() === 'value');

/**
 * The serialized items of a date group: with `hourly`, a tally's hours as one item whose value is hour => value,
 * hour 23 first (item i of the group is hour 23 - i); otherwise the list of items. PHP writes integer keys in the
 * order they were set, which plain data (sorted integer keys) cannot say, so the hours are written here.
 */
export function serializeItems(type: string, items: readonly object[], hourly: boolean): string {
  if (!hourly || !isTally(type) || !isHourlyGroup(items))
    return serialize(items.map((item) => toWireValue(item) as PhpValue));
  const hours = items.map(
    (item, i) => `i:${HOURS_A_DAY - 1 - i};${serialize(toWireValue((item as { value: unknown }).value) as PhpValue)}`,
  );
  return `a:1:{i:0;a:1:{s:5:"value";a:${hours.length}:{${hours.join('')}}}}`;
}

/** The whole result as PHP's serialize() of type => date => items (a date given twice: the last one, as a PHP
 * array keeps it). */
export function encodeTree(result: Encodable, hourly: boolean): string {
  const types = Object.entries(result).map(([type, groups]) => {
    const dates = new Map<string, string>();
    for (const g of groups) dates.set(g.date, serializeItems(type, g.items, hourly));
    const body = [...dates].map(([date, items]) => `${serialize(date)}${items}`);
    return `${serialize(type)}a:${dates.size}:{${body.join('')}}`;
  });
  return `a:${types.length}:{${types.join('')}}`;
}
