// Writing plain data the way PHP's serialize() does, byte for byte.
import type { PhpValue } from './unserialize.ts';

/** The UTF-8 length of a string as TextEncoder writes it (a lone surrogate becomes U+FFFD, 3 bytes). */
function utf8Length(s: string): number {
  let bytes = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) bytes += 1;
    else if (c >= 0xd800 && c <= 0xdbff && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 2; // a pair: 2 units, 4 bytes
      i++;
    } else bytes += 2;
  }
  return bytes;
}

/** PHP's serialize() of plain data: lists become integer-keyed arrays, objects string-keyed ones. */
export function serialize(value: PhpValue): string {
  if (value === null) return 'N;';
  if (typeof value === 'boolean') return value ? 'b:1;' : 'b:0;';
  if (typeof value === 'number') {
    if (Number.isInteger(value) && Number.isSafeInteger(value)) return `i:${value};`;
    return `d:${Number.isNaN(value) ? 'NAN' : value === Infinity ? 'INF' : value === -Infinity ? '-INF' : String(value)};`;
  }
  if (typeof value === 'string') return `s:${utf8Length(value)}:"${value}";`;
  const parts: string[] = [];
  if (Array.isArray(value)) {
    value.forEach((v, i) => {
      parts.push(`i:${i};${serialize(v)}`);
    });
    return `a:${value.length}:{${parts.join('')}}`;
  }
  const keys = Object.keys(value);
  for (const k of keys) {
    // PHP turns numeric-string keys into integer keys; so do we, to write what PHP would.
    const key = /^(?:0|-?[1-9]\d{0,17})$/.test(k) && Number.isSafeInteger(Number(k)) ? `i:${k};` : serialize(k);
    parts.push(`${key}${serialize(value[k] as PhpValue)}`);
  }
  return `a:${keys.length}:{${parts.join('')}}`;
}
