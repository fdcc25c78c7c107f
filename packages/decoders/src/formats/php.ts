// The serialized-PHP layout: PHP's serialize() of type => date => list of items (the reference's example walks
// it as foreach type, foreach date, foreach item). Errors: a list holding ["error" => message].
import { ClickyApiError, ClickyDecodeError, type DateGroup } from '@clicky-sdk/core';
import { serialize, unserialize, type PhpValue } from '../php-values.ts';
import type { DecodedResult } from '../result.ts';
import { typeResult, type TypingOptions, type WireType } from '../typing.ts';
import { toWireValue } from '../wire-values.ts';

const isRecord = (v: unknown): v is Record<string, PhpValue> => typeof v === 'object' && v !== null && !Array.isArray(v);

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

export function decodePhp(text: string, options: Omit<TypingOptions, 'format'> & { maxDepth?: number | undefined }): DecodedResult {
  const tree = unserialize(text, options.maxDepth);
  const message = errorMessage(tree);
  if (message !== undefined) throw new ClickyApiError(message, 'php');
  const wire: WireType[] = entries(tree, 'an array of type => dates', '(root)').map(([type, dates]) => ({
    type,
    dates: entries(dates, 'an array of date => items', type).map(([date, items], di) => {
      if (!Array.isArray(items)) throw new ClickyDecodeError('php', 'a list of items', { path: `${type}[${di}]` });
      return { date, items };
    }),
  }));
  return typeResult(wire, { ...options, format: 'php' });
}

export function encodePhp(result: Readonly<Record<string, readonly DateGroup<object>[]>>): string {
  const tree: Record<string, PhpValue> = {};
  for (const [type, groups] of Object.entries(result)) {
    const dates: Record<string, PhpValue> = {};
    for (const g of groups) dates[g.date] = g.items.map((item) => toWireValue(item));
    tree[type] = dates;
  }
  return serialize(tree);
}

export function encodePhpError(message: string): string {
  return serialize([{ error: message }]);
}
