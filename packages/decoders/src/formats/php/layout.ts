// The serialized-PHP layout: PHP's serialize() of type => date => list of items (the reference's example walks
// it as foreach type, foreach date, foreach item). Errors: a list holding ["error" => message], or a map with
// an "error" key. Checks an unserialized tree against it.
import { ClickyApiError, ClickyDecodeError, isRecord } from '@clicky-sdk/core';
import type { WireType } from '../../typing/result.ts';
import { splitHourly } from './hourly.ts';
import type { PhpValue } from './unserialize.ts';

function errorMessage(tree: PhpValue): string | undefined {
  if (isRecord(tree) && typeof tree.error === 'string') return tree.error;
  if (Array.isArray(tree) && isRecord(tree[0]) && typeof tree[0].error === 'string') return tree[0].error;
  return undefined;
}

/** An empty PHP array serializes the same as a list and as a map: both mean "nothing here". */
const entries = (v: PhpValue, what: string, path: string): [string, PhpValue][] => {
  if (Array.isArray(v) && v.length === 0) return [];
  if (!isRecord(v)) throw new ClickyDecodeError('php', what, { path });
  return Object.entries(v);
};

/** Checks the tree has the PHP layout and returns it as the wire model; the API's error body throws. */
export function asWire(tree: PhpValue): WireType[] {
  const message = errorMessage(tree);
  if (message !== undefined) throw new ClickyApiError(message, 'php');
  return splitHourly(wireOf(tree));
}

function wireOf(tree: PhpValue): WireType[] {
  return entries(tree, 'an array of type => dates', '(root)').map(([type, dates]) => ({
    type,
    dates: entries(dates, 'an array of date => items', type).map(([date, items], di) => {
      if (!Array.isArray(items)) throw new ClickyDecodeError('php', 'a list of items', { path: `${type}[${di}]` });
      return { date, items };
    }),
  }));
}
