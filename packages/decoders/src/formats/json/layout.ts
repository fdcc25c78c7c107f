// The JSON layout: [{"type": T, "dates": [{"date": D, "items": [{...}]}]}]; errors are [{"error": "message"}]
// (or, as public clients also guard for, {"error": "message"} or the bare message as a JSON string: quirk
// error-body-variants). Checks a parsed tree against it.
import { ClickyApiError, ClickyDecodeError, isRecord } from '@clicky-sdk/core';
import type { WireType } from '../../typing/result.ts';

/** Checks the parsed tree has the JSON layout and returns it as the wire model; the API's error body throws. */
export function asWire(tree: unknown): WireType[] {
  if (isRecord(tree) && typeof tree.error === 'string') throw new ClickyApiError(tree.error, 'json');
  if (typeof tree === 'string' && tree.trim() !== '') throw new ClickyApiError(tree, 'json');
  if (!Array.isArray(tree)) throw new ClickyDecodeError('json', 'a top-level array of types');
  const first: unknown = tree[0];
  if (isRecord(first) && typeof first.error === 'string') throw new ClickyApiError(first.error, 'json');
  // Loops rather than forEach: no closures for every decode.
  for (let t = 0; t < tree.length; t++) {
    const entry: unknown = tree[t];
    if (!isRecord(entry) || typeof entry.type !== 'string' || !Array.isArray(entry.dates)) {
      throw new ClickyDecodeError('json', 'an object with a string type and a dates list', { path: `[${t}]` });
    }
    const dates: unknown[] = entry.dates;
    for (let di = 0; di < dates.length; di++) {
      const d = dates[di];
      if (!isRecord(d) || typeof d.date !== 'string' || !Array.isArray(d.items)) {
        throw new ClickyDecodeError('json', 'an object with a string date and an items list', {
          path: `${entry.type}[${di}]`,
        });
      }
    }
  }
  return tree as WireType[];
}
