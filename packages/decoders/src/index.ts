// @clicky-sdk/decoders: every response format (JSON, XML, serialized PHP, CSV) to one typed result, and back.
export { bodyText, decode, decodeStream, type Body } from './decode.ts';
export { detectFormat, formatFromBody, formatFromContentType } from './detect.ts';
export { encode, encodeError, type EncodeOptions } from './encode.ts';
export * from './generated/index.ts';
export { serialize as phpSerialize, unserialize as phpUnserialize, type PhpValue } from './php-values.ts';
export type { DecodedResult, DecodeOptions, Format } from './result.ts';
export type * from './shape-table.ts';
