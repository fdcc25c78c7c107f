// The registry: decode, decodeStream, encode, encodeError and format detection over a given list of codecs.
// The package root builds one from every format; a bundle that needs only JSON builds one from the JSON codec.
import {
  ClickyDecodeError,
  ClickyParamError,
  type DataType,
  type OutputFormat,
  type SegmentName,
  type StatsResult,
} from '@clicky-sdk/core';
import { type Codec, type CodecOptions, DEFAULT_MAX_DEPTH, type LayoutReader } from './codec.ts';
import type { Body, DecodedResult, DecodeOptions, Encodable, EncodeOptions } from './result.ts';

/** A response body as bytes arriving: a web ReadableStream, or any async iterable of byte chunks. */
export type ByteStream = ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>;

/** Decode options whose `types` type the result. */
export type TypedDecodeOptions<T extends DataType, S extends SegmentName> = DecodeOptions & {
  readonly types?: readonly (T | S)[];
};

/** decode, decodeStream, encode and detection for the formats of the codecs it was built from. */
export interface Decoder {
  /** The formats it reads and writes, in detection order. */
  readonly formats: readonly OutputFormat[];
  /**
   * Decodes a response body into the result model: type -> date groups -> typed items. The API's error bodies
   * become ClickyApiError; anything malformed or hostile becomes ClickyDecodeError.
   */
  decode<T extends DataType = DataType, S extends SegmentName = never>(
    body: Body,
    options?: TypedDecodeOptions<T, S>,
  ): StatsResult<T, S>;
  /**
   * Decodes a body as its bytes arrive, with the same result and errors as `decode` on the whole body. JSON,
   * PHP and CSV are read item by item (row by row), holding only the unread tail; XML once its text is whole.
   */
  decodeStream<T extends DataType = DataType, S extends SegmentName = never>(
    stream: ByteStream,
    options?: TypedDecodeOptions<T, S>,
  ): Promise<StatsResult<T, S>>;
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

/** Characters format detection looks at (JSONP wrappers need the most). */
const DETECT_CHARS = 256;

/** Builds a decoder for these formats; detection tries them in order, and the last takes what none claims. */
export function createDecoder(codecs: readonly Codec[]): Decoder {
  const list = [...codecs];
  if (list.length === 0 || new Set(list.map((c) => c.format)).size !== list.length)
    throw new ClickyParamError([
      { param: 'codecs', rule: 'list', message: 'needs at least one codec, each format once' },
    ]);
  const formats = list.map((c) => c.format);
  const byContentType = (contentType: string | undefined): OutputFormat | undefined => {
    const media = contentType?.split(';')[0]?.trim().toLowerCase() ?? '';
    return media === '' ? undefined : list.find((c) => c.accepts(media))?.format;
  };
  const byBody = (body: string): OutputFormat => {
    let i = body.charCodeAt(0) === 0xfeff ? 1 : 0;
    while (i < body.length && isSpace(body.charCodeAt(i))) i++;
    const head = body.slice(i, i + DETECT_CHARS);
    return (list.find((c) => c.sniff(head)) ?? (list[list.length - 1] as Codec)).format;
  };
  const detect = (body: string, contentType?: string): OutputFormat => byContentType(contentType) ?? byBody(body);
  const codecFor = (format: unknown): Codec => {
    const codec = list.find((c) => c.format === format);
    if (codec) return codec;
    throw new ClickyDecodeError(String(format), `a format of ${formatList(formats)}`);
  };
  return {
    formats,
    decode: (body, options = {}) => {
      const text = bodyText(body);
      const codec = codecFor(options.format ?? detect(text, options.contentType));
      return codec.decode(text, codecOptions(options)) as never;
    },
    decodeStream: async (stream, options = {}) => {
      const chunks = streamText(stream);
      // Detection reads the first characters; gather enough of them, however small the chunks are.
      let head = '';
      while (head.length < DETECT_CHARS) {
        const next = await chunks.next();
        if (next.done) break;
        head += next.value;
      }
      const codec = codecFor(options.format ?? detect(head, options.contentType));
      const opts = codecOptions(options);
      const reader = codec.reader?.(opts) ?? new TextGatherer(codec, opts);
      reader.push(head);
      for await (const chunk of chunks) reader.push(chunk);
      return reader.end() as never;
    },
    encode: (result, options) => encoderFor(list, formats, options.format).encode(result, options),
    encodeError: (message, format) => encoderFor(list, formats, format).encodeError(message),
    detectFormat: detect,
    formatFromContentType: byContentType,
    formatFromBody: byBody,
  };
}

const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13;

const formatList = (formats: readonly string[]): string =>
  formats.length === 1 ? (formats[0] as string) : `${formats.slice(0, -1).join(', ')} or ${formats.at(-1)}`;

function encoderFor(list: readonly Codec[], formats: readonly OutputFormat[], format: unknown): Codec {
  const codec = list.find((c) => c.format === format);
  if (codec) return codec;
  throw new ClickyParamError([
    {
      param: 'format',
      rule: 'enum',
      message: `must be ${formatList(formats)}`,
      value: String(format).slice(0, 40),
    },
  ]);
}

function codecOptions(options: DecodeOptions): CodecOptions {
  return {
    types: options.types,
    multiValues: options.multiValues === true,
    partial: options.partial === true,
    date: options.date,
    maxDepth: options.maxDepth ?? DEFAULT_MAX_DEPTH,
  };
}

/** The reader of a codec that has none: the text is gathered as it arrives and decoded whole at the end. */
class TextGatherer implements LayoutReader {
  readonly #parts: string[] = [];
  maxHeld = 0;

  constructor(
    readonly codec: Codec,
    readonly options: CodecOptions,
  ) {}

  push(chunk: string): void {
    this.#parts.push(chunk);
    this.maxHeld += chunk.length;
  }

  end(): DecodedResult {
    return this.codec.decode(this.#parts.join(''), this.options);
  }
}

/** Bytes to text, refusing invalid UTF-8 instead of replacing it. */
function bodyText(body: Body): string {
  if (typeof body === 'string') return body;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    throw new ClickyDecodeError('body', 'UTF-8 text');
  }
}

/** The text of a byte stream, chunk by chunk; each chunk's bytes are dropped once turned into text. */
async function* streamText(stream: ByteStream): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const source: AsyncIterable<Uint8Array> =
    Symbol.asyncIterator in stream
      ? (stream as AsyncIterable<Uint8Array>)
      : iterate(stream as ReadableStream<Uint8Array>);
  try {
    for await (const chunk of source) {
      const t = decoder.decode(chunk, { stream: true });
      if (t) yield t;
    }
    const rest = decoder.decode();
    if (rest) yield rest;
  } catch (e) {
    if (e instanceof TypeError) throw new ClickyDecodeError('body', 'UTF-8 text');
    throw e;
  }
}

async function* iterate(stream: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}
