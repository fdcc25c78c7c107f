// Decoding a whole JSON (or JSONP) body: JSON.parse, the layout check, then typing in place.
import { ClickyDecodeError } from '@clicky-sdk/core';
import type { CodecOptions } from '../../codec.ts';
import type { DecodedResult } from '../../result.ts';
import { typeResult } from '../../typing/result.ts';
import { unwrapJsonp } from './jsonp.ts';
import { asWire } from './layout.ts';

/** Where JSON.parse stopped, when its message says so (V8: "at position N"). */
function offsetOf(error: unknown): number | undefined {
  const message = error instanceof Error ? error.message : '';
  const at = message.indexOf('position ') + 9;
  let end = at;
  while (end < message.length && end - at < 16 && message.charCodeAt(end) >= 48 && message.charCodeAt(end) <= 57) end++;
  return at > 8 && end > at ? Number(message.slice(at, end)) : undefined;
}

export function decodeJson(text: string, options: CodecOptions): DecodedResult {
  let tree: unknown;
  try {
    tree = JSON.parse(unwrapJsonp(text));
  } catch (e) {
    // Truncated or malformed text, or nesting deeper than the engine's stack: all the same to the caller.
    const offset = offsetOf(e);
    throw new ClickyDecodeError('json', 'valid JSON', offset === undefined ? {} : { offset });
  }
  return typeResult(asWire(tree), 'json', options);
}
