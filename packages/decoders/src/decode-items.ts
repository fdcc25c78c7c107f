// Decoding a streamed body item by item: each item is typed and handed to the caller as soon as it is read, and
// nothing is kept once the caller lets it go, so memory stays flat however long the body is. Text is read from
// the source only when the caller asks for more than what is already read.
import {
  ClickyAbortError,
  type DataType,
  type ItemOf,
  type Lenient,
  type ResultKey,
  type SegmentName,
} from '@clicky-sdk/core';
import type { Codec, CodecOptions } from './codec.ts';
import { checkCodecs, codecOptions, settled } from './decode.ts';
import { openReader, type StreamDecodeOptions } from './decode-stream.ts';
import { detectIn } from './detect.ts';
import type { GroupEntry, ItemEntry } from './item-entries.ts';
import { ItemFeed, type RawEntry } from './item-feed.ts';
import type { DecodeOptions, DecodeProblem } from './result.ts';
import { type ByteStream, ReadStop, STOPPED, streamText } from './stream-text.ts';

export type { GroupEntry, ItemEntry } from './item-entries.ts';

/** What decodeItems hands out for the requested types: group openings and items, lenient unless `strict`. */
export type DecodedEntry<T extends DataType, S extends SegmentName = never, Strict extends boolean = false> = {
  [K in ResultKey<T, S>]: GroupEntry<K> | ItemEntry<K, Strict extends true ? ItemOf<K> : Lenient<ItemOf<K>>>;
}[ResultKey<T, S>];

/**
 * The entries of a body, one at a time (`for await`); leaving the loop early cancels the source. `problems`
 * lists what was kept going past so far (complete once the loop ends; always empty with `strict`).
 */
export interface DecodedItems<E> extends AsyncIterable<E> {
  next(): Promise<IteratorResult<E, void>>;
  /** Stops reading and cancels the source. */
  return(): Promise<IteratorResult<E, void>>;
  readonly problems: readonly DecodeProblem[];
}

/**
 * Decodes a body as its bytes arrive and hands out its date groups and items one by one, in the body's order:
 * the same groups and items, with the same problems and errors, as `decode` on the whole body (see the README
 * for the one difference: an error found further on comes after the items before it were handed out).
 */
export interface DecodeItemsFn {
  <T extends DataType = DataType, S extends SegmentName = never>(
    stream: ByteStream,
    options: StreamDecodeOptions<T, S> & { readonly strict: true; readonly partial?: false },
  ): DecodedItems<DecodedEntry<T, S, true>>;
  <T extends DataType = DataType, S extends SegmentName = never>(
    stream: ByteStream,
    options?: StreamDecodeOptions<T, S>,
  ): DecodedItems<DecodedEntry<T, S, false>>;
}

type ItemsOptions = DecodeOptions & { readonly signal?: AbortSignal };

/** The entries of a body, read a piece of text at a time: only when the entries of the last one are handed out. */
async function* entriesOf(
  list: readonly Codec[],
  stream: ByteStream,
  options: ItemsOptions,
  opts: CodecOptions,
  stop: ReadStop,
): AsyncGenerator<RawEntry, void, undefined> {
  const signal = options.signal;
  const format = (head: string) => options.format ?? detectIn(list, head, options.contentType);
  const chunks = streamText(stream, signal, format, stop);
  // Filled by the reader while it reads a piece of text, emptied before the next one is read.
  const queue: RawEntry[] = [];
  let feed: ItemFeed | undefined;
  try {
    const { reader, head } = await openReader(list, chunks, options, opts, (format) => {
      feed = new ItemFeed(format, opts, queue);
      return feed;
    });
    // What the reader or the feed threw: the entries read before it are handed out first, however the text
    // was cut (a reader reads a short body's units only at its end).
    let failed: { error: unknown } | undefined;
    try {
      reader.push(head);
    } catch (e) {
      failed = { error: e };
    }
    for (let done = false; ; ) {
      for (let i = 0; i < queue.length; i++) {
        const entry = queue[i] as RawEntry;
        (queue as unknown[])[i] = undefined; // handed out: the queue does not keep it
        if (signal?.aborted) throw new ClickyAbortError(signal.reason);
        yield entry;
      }
      queue.length = 0;
      if (failed !== undefined) throw failed.error;
      if (done) return;
      const next = await chunks.next();
      try {
        if (next.done) {
          done = true;
          reader.end();
          feed?.end();
        } else reader.push(next.value);
      } catch (e) {
        failed = { error: e };
      }
    }
  } catch (e) {
    if (e === STOPPED) return; // closed while a read was pending: the source is let go below
    throw settled(e);
  } finally {
    await chunks.return(undefined);
  }
}

/** The generator and the problems list of one decode, as the caller sees them. */
class ItemStream<E> implements DecodedItems<E> {
  readonly #entries: AsyncGenerator<E, void, undefined>;
  readonly #stream: ByteStream;
  readonly #stop: () => void;
  #started = false;
  /** Calls of next() not answered yet. */
  #pending = 0;
  readonly #answered = (): void => {
    this.#pending--;
  };
  readonly problems: readonly DecodeProblem[];

  constructor(
    entries: AsyncGenerator<E, void, undefined>,
    stream: ByteStream,
    problems: readonly DecodeProblem[],
    stop: () => void,
  ) {
    this.#entries = entries;
    this.#stream = stream;
    this.problems = problems;
    this.#stop = stop;
  }

  next(): Promise<IteratorResult<E, void>> {
    this.#started = true;
    this.#pending++;
    const next = this.#entries.next();
    next.then(this.#answered, this.#answered);
    return next;
  }

  async return(): Promise<IteratorResult<E, void>> {
    // A generator closed before it ran never reaches its `finally`: the source is let go here instead.
    if (!this.#started) {
      this.#started = true;
      await cancel(this.#stream);
    }
    // A generator's return() waits for the next() it is running, which waits for the source (on a stalled
    // connection, forever): the read is stopped, and the pending next() ends the iteration.
    if (this.#pending > 0) this.#stop();
    return this.#entries.return(undefined);
  }

  [Symbol.asyncIterator](): this {
    return this;
  }
}

/** Lets go of a source nothing was read from. */
async function cancel(stream: ByteStream): Promise<void> {
  try {
    const web = stream as ReadableStream<Uint8Array>;
    if (typeof web.getReader === 'function') {
      if (!web.locked) await web.cancel();
    } else await (stream as AsyncIterable<Uint8Array>)[Symbol.asyncIterator]().return?.();
  } catch {
    // A source that fails to close is let go all the same.
  }
}

/** `decodeItems` for these codecs only. */
export function createDecodeItems(codecs: readonly Codec[]): DecodeItemsFn {
  const list = checkCodecs(codecs);
  return ((stream: ByteStream, options: ItemsOptions = {}) => {
    const opts = codecOptions(options);
    const stop = new ReadStop();
    return new ItemStream(entriesOf(list, stream, options, opts, stop), stream, opts.problems, () => stop.stop());
  }) as DecodeItemsFn;
}
