// CSV cells that hold more than one value: a list is percent-encoded entries joined by commas; custom data is
// "key=value&key=value" (the reference: all pairs crammed into one column). An entry that does not decode is a
// problem (see typing/problems.ts) and is left out; the rest of the cell is kept.
import type { FieldSpec } from '@clicky-sdk/core';
import type { CodecOptions } from '../../codec.ts';
import { setOwn } from '../../own.ts';
import { ownCopy } from '../../own-text.ts';
import { report, shown } from '../../typing/problems.ts';
import { toWireScalar } from '../../typing/wire.ts';

/**
 * Percent-encoding that never throws: a lone surrogate (which UTF-8 cannot carry) is written as U+FFFD, as
 * TextEncoder writes it.
 */
function percentEncode(text: string): string {
  let safe = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xd800 || c > 0xdfff) continue;
    if (c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++;
    else {
      safe += `${text.slice(from, i)}\ufffd`;
      from = i + 1;
    }
  }
  return encodeURIComponent(from === 0 ? text : safe + text.slice(from));
}

export function encodeCell(value: unknown): string {
  if (Array.isArray(value)) return value.map((v) => percentEncode(toWireScalar(v))).join(',');
  if (typeof value === 'object' && value !== null) {
    const pairs: string[] = [];
    for (const [k, v] of Object.entries(value)) {
      for (const one of Array.isArray(v) ? v : [v])
        pairs.push(`${percentEncode(k)}=${percentEncode(toWireScalar(one))}`);
    }
    return pairs.join('&');
  }
  return toWireScalar(value);
}

/** A percent-encoded entry, or undefined (reported) when it is not valid percent-encoding. */
function decodeComponent(s: string, options: CodecOptions, path: string): string | undefined {
  if (!s.includes('%')) return ownCopy(s);
  try {
    return decodeURIComponent(s);
  } catch {
    report(options, 'csv', path, 'percent-encoded text', shown(s));
    return undefined;
  }
}

/** A list or custom-data cell in its wire form; other cells are text as they are. */
export function decodeCell(cell: string, spec: FieldSpec | undefined, options: CodecOptions, path: string): unknown {
  if (typeof spec === 'object' && 'list' in spec) {
    const list: string[] = [];
    for (const entry of cell.split(',')) {
      const text = decodeComponent(entry, options, path);
      if (text !== undefined) list.push(text);
    }
    return list;
  }
  if (spec !== 'string-map') return cell;
  const map: Record<string, string | string[]> = {};
  for (const pair of cell.split('&')) {
    const eq = pair.indexOf('=');
    if (eq <= 0) {
      report(options, 'csv', path, 'key=value pairs of custom data', shown(pair));
      continue;
    }
    const key = decodeComponent(pair.slice(0, eq), options, path);
    const value = decodeComponent(pair.slice(eq + 1), options, path);
    if (key === undefined || value === undefined) continue;
    const existing = Object.hasOwn(map, key) ? map[key] : undefined;
    if (existing === undefined) setOwn(map, key, options.multiValues ? [value] : value);
    else if (Array.isArray(existing)) existing.push(value);
    else setOwn(map, key, [existing, value]);
  }
  return map;
}
