// Canonical query strings: parameters in spec order, each encoded one way, so every runtime sends the same bytes.

import type { NormalizedValue } from './normalized-value.ts';
import { REDACTED } from './redact.ts';
import { revealSecret, SecretValue } from './secret.ts';

/**
 * Percent-encodes a value like encodeURIComponent, but keeps commas literal: the API reads lists and ranges
 * (type=visitors,pages; date=2024-01-01,2024-01-31) comma-joined, and a readable URL is easier to debug.
 */
export function encodeValue(value: string): string {
  if (isUnreserved(value)) return value;
  const encoded = encodeURIComponent(value);
  return encoded.includes('%2C') ? encoded.replace(/%2C/g, ',') : encoded;
}

/** True when no character needs escaping (letters, digits, - . _ ~ and the comma): the common case, kept cheap. */
function isUnreserved(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    const ok =
      (c >= 97 && c <= 122) ||
      (c >= 65 && c <= 90) ||
      (c >= 48 && c <= 57) ||
      c === 45 ||
      c === 46 ||
      c === 95 ||
      c === 126 ||
      c === 44;
    if (!ok) return false;
  }
  return true;
}

/** `name=value` for one parameter, pairs joined by &; a map becomes name[KEY]=value (brackets kept literal). */
function encodePairs(name: string, value: NormalizedValue, reveal: boolean): string {
  if (value instanceof SecretValue) return `${name}=${reveal ? encodeValue(revealSecret(value)) : REDACTED}`;
  if (typeof value === 'boolean') return `${name}=${value ? '1' : '0'}`;
  if (typeof value === 'number') return `${name}=${value}`;
  if (typeof value === 'string') return `${name}=${encodeValue(value)}`;
  let out = '';
  if (value.length > 0 && Array.isArray(value[0])) {
    for (const [k, v] of value as readonly (readonly [string, string])[])
      out += `${out ? '&' : ''}${name}[${encodeValue(k)}]=${encodeValue(v)}`;
    return out;
  }
  for (const v of value as readonly string[]) out += `${out ? ',' : ''}${encodeValue(v)}`;
  return `${name}=${out}`;
}

/**
 * The query string (no leading ?) for parameters already in spec order. A secret value (the sitekey, as
 * validation returns it) is written as it is, to send; with `revealSecrets: false` as [redacted], to show.
 */
export function buildQuery(params: Iterable<readonly [string, NormalizedValue]>, revealSecrets = true): string {
  let query = '';
  for (const [name, value] of params) query += `${query ? '&' : ''}${encodePairs(name, value, revealSecrets)}`;
  return query;
}
