// A byte stream as text, chunk by chunk, each chunk's bytes dropped once turned into text. What goes wrong on
// the way becomes a ClickyError a client can act on: the connection (ClickyNetworkError, worth a retry), an
// abort (ClickyAbortError) or bytes that are not UTF-8 (ClickyDecodeError); a source that is not a byte stream,
// or hands out text, is the caller's slip (ClickyParamError).
import {
  ClickyAbortError,
  ClickyDecodeError,
  ClickyError,
  ClickyNetworkError,
  ClickyParamError,
  type OutputFormat,
} from '@clicky-sdk/core';

/** A response body as bytes arriving: a web ReadableStream, or any async iterable of byte chunks. */
export type ByteStream = ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>;

/** A source's failure as a ClickyError: an abort, or the connection breaking mid-body. */
function failure(e: unknown, signal: AbortSignal | undefined): ClickyError {
  if (e instanceof ClickyError) return e;
  if (signal?.aborted) return new ClickyAbortError(signal.reason);
  const name = typeof e === 'object' && e !== null ? (e as { name?: unknown }).name : undefined;
  if (name === 'AbortError' || name === 'TimeoutError') return new ClickyAbortError(e);
  return new ClickyNetworkError('The response body broke off before its end', e);
}

/**
 * The text of a byte stream. `format` names the body in a UTF-8 error, given what has been read so far. When
 * the generator is closed early (a decode error, or `return()`), the source is cancelled so its connection
 * is let go.
 */
export async function* streamText(
  stream: ByteStream,
  signal: AbortSignal | undefined,
  format: (head: string) => OutputFormat,
  stop?: ReadStop,
): AsyncGenerator<string, void, undefined> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const source = sourceOf(stream);
  let head = '';
  let done = false;
  /** A read the source has not answered: an abort or a stop leaves it pending. */
  let reading = false;
  const interrupt = stop ?? (signal === undefined ? undefined : new ReadStop());
  let onAbort: (() => void) | undefined;
  if (signal !== undefined) {
    onAbort = (): void => interrupt?.stop(new ClickyAbortError(signal.reason));
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
  }
  try {
    for (;;) {
      let next: IteratorResult<Uint8Array>;
      try {
        if (signal?.aborted) throw new ClickyAbortError(signal.reason);
        reading = true;
        const read = source.next();
        next = await (interrupt === undefined ? read : interrupt.race(read));
        reading = false;
      } catch (e) {
        if (e === STOPPED) throw e;
        throw failure(e, signal);
      }
      if (next.done) break;
      if (!isBytes(next.value)) throw notBytes('chunks must be bytes (Uint8Array), not text or other values');
      let text: string;
      try {
        text = decoder.decode(next.value, { stream: true });
      } catch {
        throw new ClickyDecodeError(format(head), 'UTF-8 text');
      }
      if (head.length < 1024) head += text.slice(0, 1024);
      if (text) yield text;
    }
    let rest: string;
    try {
      rest = decoder.decode();
    } catch {
      throw new ClickyDecodeError(format(head), 'UTF-8 text');
    }
    done = true;
    if (rest) yield rest;
  } finally {
    if (onAbort !== undefined) signal?.removeEventListener('abort', onAbort);
    if (!done) await source.close(reading);
  }
}

/** A chunk TextDecoder reads as bytes; a string chunk (a Node stream given an encoding) is not one. */
function isBytes(chunk: unknown): boolean {
  return ArrayBuffer.isView(chunk) || Object.prototype.toString.call(chunk) === '[object ArrayBuffer]';
}

const notBytes = (message: string): ClickyParamError =>
  new ClickyParamError([{ param: 'stream', rule: 'type', message }], `Invalid stream: ${message}`);

/** Thrown by streamText when `stopped` rejects with it: the caller stopped reading, which is no error. */
export const STOPPED: unique symbol = Symbol('stopped');

/** A stream's chunks, and how to let go of it: `reading` says a read is still pending. */
interface Source {
  next(): Promise<IteratorResult<Uint8Array>>;
  close(reading: boolean): Promise<void>;
}

/** What a source's `return` or `cancel` gives, awaited or not, never an unhandled rejection. */
function settle(run: () => unknown): Promise<void> {
  try {
    return Promise.resolve(run()).then(
      () => undefined,
      () => undefined,
    );
  } catch {
    return Promise.resolve(); // A source that fails to close is let go all the same.
  }
}

/**
 * The chunks of a stream. A web stream is read through a reader even where it is async iterable too: its
 * iterator's `return` waits for a pending read (on a stalled connection, forever), where `cancel` ends it. An
 * async iterator's `return` is not awaited while a read is pending, for the same reason; a Node stream, whose
 * iterator is such a generator, is destroyed as well, which ends the pending read.
 */
function sourceOf(stream: ByteStream): Source {
  if (typeof stream !== 'object' || stream === null)
    throw notBytes('must be a ReadableStream or an async iterable of byte chunks');
  const web = stream as ReadableStream<Uint8Array>;
  if (typeof web.getReader === 'function') {
    const reader = web.getReader();
    return {
      next: () => reader.read() as Promise<IteratorResult<Uint8Array>>,
      close: async () => {
        await settle(() => reader.cancel());
        await settle(() => reader.releaseLock());
      },
    };
  }
  if (!(Symbol.asyncIterator in stream)) throw notBytes('must be a ReadableStream or an async iterable of byte chunks');
  const iterator = (stream as AsyncIterable<Uint8Array>)[Symbol.asyncIterator]();
  return {
    next: () => iterator.next(),
    close: async (reading) => {
      const closing = settle(() => iterator.return?.(undefined));
      if (!reading) return closing;
      const destroy = (stream as { destroy?: unknown }).destroy;
      if (typeof destroy === 'function') await settle(() => destroy.call(stream));
    },
  };
}

/**
 * Ends the pending read of a stream at once: with STOPPED when the caller stops reading, or with an abort error.
 * Reads are raced one at a time and nothing stays attached to the stop once a read settles. (Racing each read
 * against one long-lived promise with Promise.race would not do: every race leaves a reaction on that promise,
 * which keeps each chunk read alive until it settles, the whole body by the end.)
 */
export class ReadStop {
  #stopped = false;
  #reason: unknown;
  /** Rejects the read in flight, if one is. */
  #reject: ((reason: unknown) => void) | undefined;

  stop(reason: unknown = STOPPED): void {
    if (this.#stopped) return;
    this.#stopped = true;
    this.#reason = reason;
    const reject = this.#reject;
    this.#reject = undefined;
    reject?.(reason);
  }

  /** `read`'s outcome, or the stop's reason if the stop comes first. */
  race<T>(read: Promise<T>): Promise<T> {
    if (this.#stopped) {
      read.then(undefined, () => undefined); // abandoned: its failure is nobody's
      return Promise.reject(this.#reason);
    }
    return new Promise<T>((resolve, reject) => {
      this.#reject = reject;
      read.then(
        (value) => {
          this.#reject = undefined;
          resolve(value);
        },
        (error: unknown) => {
          this.#reject = undefined;
          reject(error);
        },
      );
    });
  }
}
