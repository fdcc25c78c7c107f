// decode(): any body, any format, to the one typed result.
import { ClickyDecodeError, type DataType, type SegmentName, type StatsResult } from '@clicky-sdk/core';
import { detectFormat } from './detect.ts';
import { decodeCsv, decodeCsvChunks } from './formats/csv.ts';
import { decodeJson, decodeJsonChunks } from './formats/json.ts';
import { decodePhp, decodePhpChunks } from './formats/php.ts';
import { decodeXml } from './formats/xml.ts';
import type { DecodedResult, DecodeOptions, Format } from './result.ts';

export type Body = string | Uint8Array | ArrayBuffer;

/** Characters format detection looks at (JSONP wrappers need the most). */
const DETECT_CHARS = 256;

/** Bytes to text, refusing invalid UTF-8 instead of replacing it. */
export function bodyText(body: Body): string {
  if (typeof body === 'string') return body;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    throw new ClickyDecodeError('body', 'UTF-8 text');
  }
}

function decodeText(text: string, options: DecodeOptions): DecodedResult {
  const format: Format = options.format ?? detectFormat(text, options.contentType);
  const typing = { types: options.types, multiValues: options.multiValues, partial: options.partial };
  switch (format) {
    case 'json':
      return decodeJson(text, typing);
    case 'xml':
      return decodeXml(text, { ...typing, date: options.date });
    case 'php':
      return decodePhp(text, { ...typing, maxDepth: options.maxDepth });
    case 'csv':
      return decodeCsv(text, typing);
    default:
      throw new ClickyDecodeError(String(format), 'a format of json, xml, php or csv');
  }
}

/**
 * Decodes a response body into the result model: type -> date groups -> typed items. The API's error bodies
 * become ClickyApiError; anything malformed or hostile becomes ClickyDecodeError.
 */
export function decode<T extends DataType = DataType, S extends SegmentName = never>(
  body: Body,
  options: DecodeOptions & { readonly types?: readonly (T | S)[] } = {},
): StatsResult<T, S> {
  return decodeText(bodyText(body), options) as unknown as StatsResult<T, S>;
}

/** Decodes a body as a stream of bytes: CSV row by row as chunks arrive; other formats once the text is whole. */
export async function decodeStream<T extends DataType = DataType, S extends SegmentName = never>(
  stream: ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>,
  options: DecodeOptions & { readonly types?: readonly (T | S)[] } = {},
): Promise<StatsResult<T, S>> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const source: AsyncIterable<Uint8Array> =
    Symbol.asyncIterator in stream
      ? (stream as AsyncIterable<Uint8Array>)
      : iterate(stream as ReadableStream<Uint8Array>);
  async function* text(): AsyncGenerator<string> {
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
  const chunks = text();
  // Detection reads the first characters; gather enough of them, however small the chunks are.
  let head = '';
  while (head.length < DETECT_CHARS) {
    const next = await chunks.next();
    if (next.done) break;
    head += next.value;
  }
  const format = options.format ?? detectFormat(head, options.contentType);
  const typing = { types: options.types, multiValues: options.multiValues, partial: options.partial };
  async function* all(): AsyncGenerator<string> {
    yield head;
    yield* chunks;
  }
  // CSV, PHP and JSON are read as they arrive: rows, and items, as soon as they are complete.
  if (format === 'csv') return (await decodeCsvChunks(all(), typing)) as unknown as StatsResult<T, S>;
  if (format === 'json') return (await decodeJsonChunks(all(), typing)) as unknown as StatsResult<T, S>;
  if (format === 'php')
    return (await decodePhpChunks(all(), { ...typing, maxDepth: options.maxDepth })) as unknown as StatsResult<T, S>;
  // XML needs the whole text; each chunk is turned into text as it arrives and its bytes dropped.
  const parts = [head];
  for await (const t of chunks) parts.push(t);
  return decodeText(parts.join(''), { ...options, format }) as unknown as StatsResult<T, S>;
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
