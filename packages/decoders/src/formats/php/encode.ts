// Writing a result, or an error, as PHP's serialize() of the API's layout.
import type { Encodable } from '../../result.ts';
import { toWireValue } from '../../typing/wire.ts';
import { serialize } from './serialize.ts';
import type { PhpValue } from './unserialize.ts';

export function encodePhp(result: Encodable): string {
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
