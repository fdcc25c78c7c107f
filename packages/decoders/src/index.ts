// @clicky-sdk/decoders: every response format (JSON, XML, serialized PHP, CSV) to one typed result, and back.
// This entry reads and writes all four; `createDecoder` with the codecs of the `/json`, `/xml`, `/php` and `/csv`
// entries builds one that carries only the formats it is given.
import { createDecoder, type Decoder } from './decoder.ts';
import { EVERY_FORMAT } from './formats/every.ts';

const every: Decoder = /* @__PURE__ */ createDecoder(EVERY_FORMAT);

/** Decodes a body in any format (detected, or `options.format`) into the typed result. */
export const decode: Decoder['decode'] = (body, options) => every.decode(body, options);
/** Decodes a byte stream in any format as it arrives. */
export const decodeStream: Decoder['decodeStream'] = (stream, options) => every.decodeStream(stream, options);
/** Decodes a byte stream in any format item by item, handing each out as soon as it is read. */
export const decodeItems: Decoder['decodeItems'] = (stream, options) => every.decodeItems(stream, options);
/** The API's text for a result in any format. */
export const encode: Decoder['encode'] = (result, options) => every.encode(result, options);
/** The API's error body in any format. */
export const encodeError: Decoder['encodeError'] = (message, format) => every.encodeError(message, format);
/** The format a Content-Type names, or else the one a body's first characters show. */
export const detectFormat: Decoder['detectFormat'] = (body, contentType) => every.detectFormat(body, contentType);
/** The format a Content-Type names, if any. */
export const formatFromContentType: Decoder['formatFromContentType'] = (contentType) =>
  every.formatFromContentType(contentType);
/** The format a body's first characters show: < XML, [ or { JSON (or a JSONP wrapper), a: or N; PHP, else CSV. */
export const formatFromBody: Decoder['formatFromBody'] = (body) => every.formatFromBody(body);

export type { Codec, CodecOptions, ItemSink, LayoutReader } from './codec.ts';
export { createDecode, type DecodeFn, type TypedDecodeOptions } from './decode.ts';
export {
  createDecodeItems,
  type DecodedEntry,
  type DecodedItems,
  type DecodeItemsFn,
  type GroupEntry,
  type ItemEntry,
} from './decode-items.ts';
export { createDecodeStream, type DecodeStreamFn, type StreamDecodeOptions } from './decode-stream.ts';
export { createDecoder, type Decoder } from './decoder.ts';
export { type PhpValue, phpSerialize, phpUnserialize } from './formats/php/index.ts';
export { SHAPES, TYPE_SHAPES } from './generated/field-tables.ts';
export type {
  Body,
  Decoded,
  DecodedResult,
  DecodeOptions,
  DecodeProblem,
  Encodable,
  EncodeFlags,
  EncodeOptions,
  Lenient,
  LenientStatsResult,
} from './result.ts';
export type { ByteStream } from './stream-text.ts';
export { problemsOf } from './typing/problems.ts';
