// @clicky-sdk/decoders: every response format (JSON, XML, serialized PHP, CSV) to one typed result, and back.
export { type Body, bodyText, decode, decodeStream } from './decode.ts';
export { detectFormat, formatFromBody, formatFromContentType } from './detect.ts';
export { type EncodeOptions, encode, encodeError } from './encode.ts';
export * from './generated/index.ts';
export { type PhpValue, serialize as phpSerialize, unserialize as phpUnserialize } from './php-values.ts';
export type { DecodedResult, DecodeOptions, Format } from './result.ts';
export type * from './shape-table.ts';
