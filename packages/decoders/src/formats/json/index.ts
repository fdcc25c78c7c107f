// The JSON codecs (also the `@clicky-sdk/decoders/json` entry): JSON and JSONP bodies, whole or streamed.
import type { Codec } from '../../codec.ts';
import { decodeJson } from './decode.ts';
import { encodeJson, encodeJsonError } from './encode.ts';
import { sniffJson } from './jsonp.ts';
import { JsonLayoutReader } from './reader.ts';

// application/json, text/json, +json suffixes; JSONP bodies come as JavaScript.
const accepts = (media: string): boolean =>
  media.endsWith('/json') ||
  media.endsWith('+json') ||
  media === 'application/javascript' ||
  media === 'text/javascript';

/** JSON, streamed item by item: a stream holds only its unread tail. */
export const jsonCodec: Codec = {
  format: 'json',
  accepts,
  sniff: sniffJson,
  decode: decodeJson,
  reader: (options, sink) => new JsonLayoutReader(options, sink),
  encode: encodeJson,
  encodeError: encodeJsonError,
};

/**
 * JSON decoding only: no streaming reader (a streamed body is gathered and decoded whole) and no encoder. The same
 * answers as `jsonCodec` in the smallest bundle, for clients whose bodies are small and that never write one.
 */
export const wholeJsonCodec: Codec = {
  format: 'json',
  accepts,
  sniff: sniffJson,
  decode: decodeJson,
};
