// The registry: decode, decodeStream, decodeItems, encode, encodeError and format detection over a given list of codecs.
// The package root builds one from every format; a bundle that needs only JSON builds one from the JSON codec
// (or just `createDecode`, to leave streaming out too).
import { ClickyParamError, type OutputFormat } from '@clicky-sdk/core';
import type { Codec } from './codec.ts';
import { checkCodecs, createDecode, type DecodeFn, formatList } from './decode.ts';
import { createDecodeItems, type DecodeItemsFn } from './decode-items.ts';
import { createDecodeStream, type DecodeStreamFn } from './decode-stream.ts';
import { detectIn, formatByBody, formatByContentType } from './detect.ts';
import type { Encodable, EncodeOptions } from './result.ts';

/** decode, decodeStream, decodeItems, encode and detection for the formats of the codecs it was built from. */
export interface Decoder {
  /** The formats it reads and writes, in detection order. */
  readonly formats: readonly OutputFormat[];
  readonly decode: DecodeFn;
  readonly decodeStream: DecodeStreamFn;
  readonly decodeItems: DecodeItemsFn;
  /** The API's text for a result, in a format. */
  encode(result: Encodable, options: EncodeOptions): string;
  /** The API's error body with this message, in a format. */
  encodeError(message: string, format: OutputFormat): string;
  /** The format a Content-Type names, or else the one a body's first characters show. */
  detectFormat(body: string, contentType?: string): OutputFormat;
  /** The format a Content-Type names, if it names one of these formats. */
  formatFromContentType(contentType: string | undefined): OutputFormat | undefined;
  /** The format a body's first characters show; a body no codec claims goes to the last one. */
  formatFromBody(body: string): OutputFormat;
}

type Encoder = Codec & Required<Pick<Codec, 'encode' | 'encodeError'>>;
const writes = (codec: Codec): codec is Encoder => codec.encode !== undefined && codec.encodeError !== undefined;

/** The codec that writes a format; any other value, or a format whose codec only decodes, is a parameter error. */
function encoderFor(codecs: readonly Codec[], format: unknown): Encoder {
  const codec = codecs.find((c) => c.format === format);
  const value = String(format).slice(0, 40);
  if (codec === undefined)
    throw new ClickyParamError([{ param: 'format', rule: 'enum', message: `must be ${formatList(codecs)}`, value }]);
  if (writes(codec)) return codec;
  throw new ClickyParamError([
    { param: 'format', rule: 'encoder', message: 'names a format this decoder reads but does not write', value },
  ]);
}

/** Builds a decoder for these formats; detection tries them in order, and the last takes what none claims. */
export function createDecoder(codecs: readonly Codec[]): Decoder {
  const list = checkCodecs(codecs);
  return {
    formats: list.map((c) => c.format),
    decode: createDecode(list),
    decodeStream: createDecodeStream(list),
    decodeItems: createDecodeItems(list),
    encode: (result, options) => encoderFor(list, options.format).encode(result, options),
    encodeError: (message, format) => encoderFor(list, format).encodeError(message),
    detectFormat: (body, contentType) => detectIn(list, body, contentType),
    formatFromContentType: (contentType) => formatByContentType(list, contentType),
    formatFromBody: (body) => formatByBody(list, body),
  };
}
