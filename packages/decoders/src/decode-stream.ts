// Decoding a body as its bytes arrive, through a list of codecs: detection from the first characters, then the
// codec's reader (or, for a codec without one, the text gathered and decoded whole).
import type { DataType, OutputFormat, SegmentName } from '@clicky-sdk/core';
import type { Codec, CodecOptions, ItemSink, LayoutReader } from './codec.ts';
import { checkCodecs, codecFor, codecOptions, emptyBody, settled, type TypedDecodeOptions } from './decode.ts';
import { contentStart, DETECT_CHARS, detectIn, formatByContentType, spaceEnd } from './detect.ts';
import type { Decoded, DecodedResult, DecodeOptions } from './result.ts';
import { type ByteStream, streamText } from './stream-text.ts';
import { fileProblems } from './typing/problems.ts';

/** decodeStream's options: decode's, and a signal that stops reading (ClickyAbortError). */
export type StreamDecodeOptions<T extends DataType, S extends SegmentName> = TypedDecodeOptions<T, S> & {
  readonly signal?: AbortSignal;
};

/**
 * Decodes a body as its bytes arrive, with the same result and errors as `decode` on the whole body. A source
 * that fails is ClickyNetworkError; an abort (the signal, or the source's AbortError) ClickyAbortError.
 */
export interface DecodeStreamFn {
  <T extends DataType = DataType, S extends SegmentName = never>(
    stream: ByteStream,
    options: StreamDecodeOptions<T, S> & { readonly strict: true; readonly partial?: false },
  ): Promise<Decoded<T, S, true>>;
  <T extends DataType = DataType, S extends SegmentName = never>(
    stream: ByteStream,
    options?: StreamDecodeOptions<T, S>,
  ): Promise<Decoded<T, S, false>>;
}

/**
 * The reader of a codec that has none: the text is gathered as it arrives and decoded whole at the end (then,
 * with a sink, handed to it item by item).
 */
class TextGatherer implements LayoutReader {
  readonly #parts: string[] = [];
  maxHeld = 0;

  constructor(
    readonly codec: Codec,
    readonly options: CodecOptions,
    readonly sink: ItemSink | undefined,
  ) {}

  push(chunk: string): void {
    this.#parts.push(chunk);
    this.maxHeld += chunk.length;
  }

  end(): DecodedResult {
    const result = this.codec.decode(this.#parts.join(''), this.options);
    if (this.sink === undefined) return result;
    this.sink.whole(result);
    return {};
  }
}

/**
 * Reads the first characters of a streamed body (however small its chunks), detects its format and returns the
 * format's reader and those characters, for the caller to push. `sinkFor` makes the sink of a reader that hands its items out.
 */
export async function openReader(
  list: readonly Codec[],
  chunks: AsyncGenerator<string, void, undefined>,
  options: DecodeOptions,
  opts: CodecOptions,
  sinkFor?: (format: OutputFormat) => ItemSink,
): Promise<{ reader: LayoutReader; head: string }> {
  // Detection reads the first characters after any white space; gather them, however small the chunks are.
  // A format already known needs only the first of them (an item that came whole is not kept waiting). Only
  // each new chunk is looked at, and the chunks are joined once: a long run of white space in small chunks
  // costs linear time.
  const known = options.format ?? formatByContentType(list, options.contentType);
  const parts: string[] = [];
  let content = 0; // characters from the first that is not white space (0: only white space so far)
  let ended = false;
  while (known === undefined ? content < DETECT_CHARS : content === 0) {
    const next = await chunks.next();
    if (next.done) {
      ended = true;
      break;
    }
    const text = next.value;
    content += content > 0 ? text.length : text.length - (parts.length === 0 ? contentStart(text) : spaceEnd(text, 0));
    parts.push(text);
  }
  const head = parts.join('');
  const format = known ?? detectIn(list, head, options.contentType);
  if (ended && content === 0) throw emptyBody(format);
  const codec = codecFor(list, format);
  const sink = sinkFor?.(codec.format);
  const reader = codec.reader?.(opts, sink) ?? new TextGatherer(codec, opts, sink);
  return { reader, head };
}

async function decodeChunks(
  list: readonly Codec[],
  chunks: AsyncGenerator<string, void, undefined>,
  options: DecodeOptions,
): Promise<DecodedResult> {
  const opts = codecOptions(options);
  const { reader, head } = await openReader(list, chunks, options, opts);
  reader.push(head);
  for await (const chunk of chunks) reader.push(chunk);
  return fileProblems(reader.end(), opts.problems);
}

/** `decodeStream` for these codecs only. */
export function createDecodeStream(codecs: readonly Codec[]): DecodeStreamFn {
  const list = checkCodecs(codecs);
  return (async (stream: ByteStream, options: DecodeOptions & { readonly signal?: AbortSignal } = {}) => {
    const format = (head: string) => options.format ?? detectIn(list, head, options.contentType);
    const chunks = streamText(stream, options.signal, format);
    try {
      return await decodeChunks(list, chunks, options);
    } catch (e) {
      throw settled(e);
    } finally {
      await chunks.return(undefined);
    }
  }) as DecodeStreamFn;
}
