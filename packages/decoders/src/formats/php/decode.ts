// Decoding a whole serialized-PHP body: unserialize, the layout check, then typing in place.
import type { CodecOptions } from '../../codec.ts';
import type { DecodedResult } from '../../result.ts';
import { typeResult } from '../../typing/result.ts';
import { asWire } from './layout.ts';
import { unserialize } from './unserialize.ts';

export function decodePhp(text: string, options: CodecOptions): DecodedResult {
  return typeResult(asWire(unserialize(text, options.maxDepth)), 'php', options);
}
