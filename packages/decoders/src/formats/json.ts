// The JSON layout: [{"type": T, "dates": [{"date": D, "items": [{...}]}]}]; errors are [{"error": "message"}].
import { ClickyApiError, ClickyDecodeError, type DateGroup } from '@clicky-sdk/core';
import type { DecodedResult } from '../result.ts';
import { typeResult, type TypingOptions, type WireType } from '../typing.ts';
import { toWireValue } from '../wire-values.ts';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Checks the parsed tree has the JSON layout and returns it as the wire model. */
function asWire(tree: unknown): WireType[] {
  if (isRecord(tree) && typeof tree.error === 'string') throw new ClickyApiError(tree.error, 'json');
  if (!Array.isArray(tree)) throw new ClickyDecodeError('json', 'a top-level array of types');
  const first: unknown = tree[0];
  if (isRecord(first) && typeof first.error === 'string') throw new ClickyApiError(first.error, 'json');
  tree.forEach((entry: unknown, t) => {
    if (!isRecord(entry) || typeof entry.type !== 'string' || !Array.isArray(entry.dates)) {
      throw new ClickyDecodeError('json', 'an object with a string type and a dates list', { path: `[${t}]` });
    }
    entry.dates.forEach((d: unknown, di) => {
      if (!isRecord(d) || typeof d.date !== 'string' || !Array.isArray(d.items)) {
        throw new ClickyDecodeError('json', 'an object with a string date and an items list', { path: `${entry.type}[${di}]` });
      }
    });
  });
  return tree as WireType[];
}

/** Where JSON.parse stopped, when its message says so (V8: "at position N"). */
function offsetOf(error: unknown): number | undefined {
  const m = /position (\d+)/.exec(error instanceof Error ? error.message : '');
  return m ? Number(m[1]) : undefined;
}

const JSONP = /^\s*(?:var\s+[A-Za-z_$][\w.$]*\s*=\s*([\s\S]*?)|[A-Za-z_$][\w.$]*\s*\(([\s\S]*)\))\s*;?\s*$/;

/** The JSON inside a json_callback (`cb([...]);`) or json_var (`var v = [...];`) body; plain JSON as it is. */
export function unwrapJsonp(text: string): string {
  const c = text.trimStart()[0];
  if (c === '[' || c === '{') return text;
  const m = JSONP.exec(text);
  return m ? (m[1] ?? m[2] ?? '') : text;
}

export function decodeJson(text: string, options: Omit<TypingOptions, 'format'>): DecodedResult {
  let tree: unknown;
  try {
    tree = JSON.parse(unwrapJsonp(text));
  } catch (e) {
    // Truncated or malformed text, or nesting deeper than the engine's stack: all the same to the caller.
    const offset = offsetOf(e);
    throw new ClickyDecodeError('json', 'valid JSON', offset === undefined ? {} : { offset });
  }
  return typeResult(asWire(tree), { ...options, format: 'json' });
}

/** Writes a result in the API's JSON layout: every scalar a string, as the API sends it. */
export function encodeJson(result: Readonly<Record<string, readonly DateGroup<object>[]>>): string {
  return JSON.stringify(
    Object.entries(result).map(([type, groups]) => ({
      type,
      dates: groups.map((g) => ({ date: g.date, items: g.items.map((item) => toWireValue(item)) })),
    })),
  );
}

export function encodeJsonError(message: string): string {
  return JSON.stringify([{ error: message }]);
}
