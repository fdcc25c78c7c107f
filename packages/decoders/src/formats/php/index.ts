// The serialized-PHP codec (also the `@clicky-sdk/decoders/php` entry), and PHP's serialize format on its own.
import type { Codec } from '../../codec.ts';
import { decodePhp } from './decode.ts';
import { encodePhp, encodePhpError } from './encode.ts';
import { PhpLayoutReader } from './reader.ts';

export const phpCodec: Codec = {
  format: 'php',
  accepts: (media) => media === 'application/vnd.php.serialized' || media === 'application/x-php-serialized',
  // a:N:{ (the layout), or a scalar a broken body may be: b:, d:, i:, s:, N;
  sniff: (head) => /^(?:[abdisN]:|N;)/.test(head.slice(0, 2)),
  decode: decodePhp,
  reader: (options, sink) => new PhpLayoutReader(options, sink),
  encode: (result, flags) => encodePhp(result, flags),
  encodeError: encodePhpError,
};

export { serialize as phpSerialize } from './serialize.ts';
export { type PhpValue, unserialize as phpUnserialize } from './unserialize.ts';
