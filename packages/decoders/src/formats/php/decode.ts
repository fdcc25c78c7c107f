// Decoding a whole serialized-PHP body: the same layout reader as a stream, given all of the text at once.
import type { CodecOptions } from '../../codec.ts';
import type { DecodedResult } from '../../result.ts';
import { PhpLayoutReader } from './reader.ts';

export function decodePhp(text: string, options: CodecOptions): DecodedResult {
  return new PhpLayoutReader(options).whole(text);
}
