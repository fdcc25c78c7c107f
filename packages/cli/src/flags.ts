// Flag values checked before anything is sent or written: each bad value is a UsageError (exit 2) saying which
// flag, what was given and what it takes.
import { DATA_TYPES, type DataType } from '@clicky-sdk/core';
import { UsageError } from './failure.ts';

/** A printable, bounded form of what the user gave. */
export const shown = (value: string): string => JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}...` : value);

/** A comma-separated list of data types, each known (and, with `allowed`, one of those). */
export function typeList(flag: string, value: string, allowed?: readonly string[]): DataType[] {
  const names = value.split(',').map((s) => s.trim());
  const unknown = names.filter((n) => !Object.hasOwn(DATA_TYPES, n) || (allowed !== undefined && !allowed.includes(n)));
  if (names.length === 0 || names.some((n) => n === '') || unknown.length > 0) {
    const what =
      unknown
        .filter((n) => n !== '')
        .map(shown)
        .join(', ') || shown(value);
    const choices = allowed === undefined ? 'see `clicky types`' : `one of ${allowed.join(', ')}`;
    throw new UsageError(`${flag}: ${what} is not a data type this command reads (${choices})`);
  }
  return [...new Set(names)] as DataType[];
}

/** One of a fixed set of words. */
export function oneOf<T extends string>(flag: string, value: string, choices: readonly T[]): T {
  if (!(choices as readonly string[]).includes(value))
    throw new UsageError(`${flag} must be one of ${choices.join(', ')} (got ${shown(value)})`);
  return value as T;
}

/** A whole number within bounds, or `all` when allowed. */
export function wholeNumber(flag: string, value: string, min: number, max: number): number {
  const n = /^\d{1,9}$/.test(value) ? Number(value) : Number.NaN;
  if (!(n >= min && n <= max))
    throw new UsageError(`${flag} must be a whole number from ${min} to ${max} (got ${shown(value)})`);
  return n;
}
