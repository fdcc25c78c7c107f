// Writing a result, or an error, in the API's JSON layout: every scalar a string, as the API sends it.
import type { Encodable } from '../../result.ts';
import { toWireValue } from '../../typing/wire.ts';

export function encodeJson(result: Encodable): string {
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
