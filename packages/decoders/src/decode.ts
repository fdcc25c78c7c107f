// Decoding whole bodies through a list of codecs, and what every decode shares: the options a codec gets, the
// codec for a format, the problems list filed beside the result, errors that let go of the reader.
import {
  ClickyDecodeError,
  ClickyParamError,
  type DataType,
  type OutputFormat,
  type SegmentName,
} from '@clicky-sdk/core';
import { type Codec, type CodecOptions, clampDepth } from './codec.ts';
import { contentStart, DETECT_CHARS, detectIn } from './detect.ts';
import type { Body, Decoded, DecodeOptions } from './result.ts';
import { fileProblems } from './typing/problems.ts';

/** Decode options whose `types` type the result. */
export type TypedDecodeOptions<T extends DataType, S extends SegmentName> = DecodeOptions & {
  readonly types?: readonly (T | S)[];
};

/**
 * Decodes a response body into the result model: type -> date groups -> typed items. The API's error bodies
 * become ClickyApiError; a body that is not the format's layout, or is hostile, ClickyDecodeError. An item the
 * body got wrong is kept with what it has, and the problem listed (`problemsOf(result)`; with `strict`, thrown
 * as ClickyDecodeError).
 */
export interface DecodeFn {
  <T extends DataType = DataType, S extends SegmentName = never>(
    body: Body,
    options: TypedDecodeOptions<T, S> & { readonly strict: true; readonly partial?: false },
  ): Decoded<T, S, true>;
  <T extends DataType = DataType, S extends SegmentName = never>(
    body: Body,
    options?: TypedDecodeOptions<T, S>,
  ): Decoded<T, S, false>;
}

/** Checks a list of codecs can be a registry: at least one, each format once. */
export function checkCodecs(codecs: readonly Codec[]): readonly Codec[] {
  const list = [...codecs];
  if (list.length === 0 || new Set(list.map((c) => c.format)).size !== list.length)
    throw new ClickyParamError([
      { param: 'codecs', rule: 'list', message: 'needs at least one codec, each format once' },
    ]);
  return list;
}

export const formatList = (codecs: readonly Codec[]): string => {
  const formats = codecs.map((c) => c.format);
  return formats.length === 1 ? (formats[0] as string) : `${formats.slice(0, -1).join(', ')} or ${formats.at(-1)}`;
};

export function codecFor(codecs: readonly Codec[], format: unknown): Codec {
  // A loop, not find(): no closure for every decode.
  for (const codec of codecs) if (codec.format === format) return codec;
  throw new ClickyDecodeError(String(format).slice(0, 40), `a format of ${formatList(codecs)}`);
}

export function codecOptions(options: DecodeOptions): CodecOptions {
  // A bare string would be read letter by letter ("the requested type v, which the body lacks").
  if (options.types !== undefined && !Array.isArray(options.types))
    throw new ClickyParamError(
      [{ param: 'types', rule: 'list', message: "must be a list of type names, such as ['visitors']" }],
      "Invalid decode options: types must be a list of type names, such as ['visitors']",
    );
  return {
    types: options.types,
    multiValues: options.multiValues === true,
    partial: options.partial === true,
    date: options.date,
    maxDepth: clampDepth(options.maxDepth),
    strict: options.strict === true,
    problems: [],
  };
}

export const emptyBody = (format: OutputFormat): ClickyDecodeError =>
  new ClickyDecodeError(format, 'a non-empty body (it holds nothing, or only white space)');

/**
 * An error with its stack written out. Until then V8 keeps each frame's receiver for it, which for an error
 * thrown deep in a reader is the reader with all its text and tables: a caller holding on to the error would
 * hold all of that too.
 */
export function settled(e: unknown): unknown {
  if (e instanceof Error) void e.stack;
  return e;
}

/** The first characters of a body, however it came, for naming its format in an error. */
function lossyHead(body: Body): string {
  if (typeof body === 'string') return body.slice(0, 4 * DETECT_CHARS);
  const bytes = body instanceof Uint8Array ? body : new Uint8Array(body);
  return new TextDecoder().decode(bytes.subarray(0, 4 * DETECT_CHARS));
}

/** Bytes to text, refusing invalid UTF-8 instead of replacing it; `format` names the body in the error. */
function bodyText(body: Body, format: () => OutputFormat): string {
  if (typeof body === 'string') return body;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    throw new ClickyDecodeError(format(), 'UTF-8 text');
  }
}

/** `decode` for these codecs only (a bundle that imports this and one codec carries nothing else). */
export function createDecode(codecs: readonly Codec[]): DecodeFn {
  const list = checkCodecs(codecs);
  return ((body: Body, options: DecodeOptions = {}) => {
    try {
      // A string body (the usual case) needs no closure for naming the format of bytes that are not UTF-8.
      // A string's byte order mark goes as TextDecoder drops it from bytes: a body reads the same either way.
      const text =
        typeof body === 'string'
          ? body.charCodeAt(0) === 0xfeff
            ? body.slice(1)
            : body
          : bodyText(body, () => options.format ?? detectIn(list, lossyHead(body), options.contentType));
      const format = options.format ?? detectIn(list, text, options.contentType);
      if (contentStart(text) === text.length) throw emptyBody(format);
      const opts = codecOptions(options);
      return fileProblems(codecFor(list, format).decode(text, opts), opts.problems);
    } catch (e) {
      throw settled(e);
    }
  }) as DecodeFn;
}
