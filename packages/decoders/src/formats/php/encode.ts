// Writing a result, or an error, as PHP's serialize() of the API's layout.
import type { Encodable, EncodeFlags } from '../../result.ts';
import { encodeTree } from './hourly.ts';
import { serialize } from './serialize.ts';

/** With `hourly`, each date group of a tally is one item holding its hours (quirk hourly-items). */
export function encodePhp(result: Encodable, flags: EncodeFlags = {}): string {
  return encodeTree(result, flags.hourly === true);
}

export function encodePhpError(message: string): string {
  return serialize([{ error: message }]);
}
