// CSV cells that hold more than one value: a list is percent-encoded entries joined by commas; custom data is
// "key=value&key=value" (the reference: all pairs crammed into one column).
import { ClickyDecodeError, type FieldSpec } from '@clicky-sdk/core';
import { setOwn } from '../../own.ts';
import { toWireScalar } from '../../typing/wire.ts';

export function encodeCell(value: unknown): string {
  if (Array.isArray(value)) return value.map((v) => encodeURIComponent(toWireScalar(v))).join(',');
  if (typeof value === 'object' && value !== null) {
    const pairs: string[] = [];
    for (const [k, v] of Object.entries(value)) {
      for (const one of Array.isArray(v) ? v : [v])
        pairs.push(`${encodeURIComponent(k)}=${encodeURIComponent(toWireScalar(one))}`);
    }
    return pairs.join('&');
  }
  return toWireScalar(value);
}

function decodeComponent(s: string, where: string): string {
  if (!s.includes('%')) return s;
  try {
    return decodeURIComponent(s);
  } catch {
    throw new ClickyDecodeError('csv', `percent-encoded text, got ${JSON.stringify(s.slice(0, 40))}`, { path: where });
  }
}

export function decodeCell(cell: string, spec: FieldSpec | undefined, multiValues: boolean, where: string): unknown {
  if (typeof spec === 'object' && 'list' in spec) return cell.split(',').map((v) => decodeComponent(v, where));
  if (spec === 'string-map') {
    const map: Record<string, string | string[]> = {};
    for (const pair of cell.split('&')) {
      const eq = pair.indexOf('=');
      if (eq <= 0)
        throw new ClickyDecodeError('csv', `key=value pairs of custom data, got ${JSON.stringify(pair.slice(0, 40))}`, {
          path: where,
        });
      const key = decodeComponent(pair.slice(0, eq), where);
      const value = decodeComponent(pair.slice(eq + 1), where);
      const existing = Object.hasOwn(map, key) ? map[key] : undefined;
      if (existing === undefined) setOwn(map, key, multiValues ? [value] : value);
      else if (Array.isArray(existing)) existing.push(value);
      else setOwn(map, key, [existing, value]);
    }
    return map;
  }
  return cell;
}
