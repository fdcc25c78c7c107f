// A byte stream as text, chunk by chunk, each chunk's bytes dropped once turned into text. What goes wrong on
// the way becomes a ClickyError a client can act on: the connection (ClickyNetworkError, worth a retry), an
// abort (ClickyAbortError) or bytes that are not UTF-8 (ClickyDecodeError).
import {
  ClickyAbortError,
  ClickyDecodeError,
  ClickyError,
  ClickyNetworkError,
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
): AsyncGenerator<string, void, undefined> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const source = iteratorOf(stream);
  let head = '';
  let done = false;
  let onAbort: (() => void) | undefined;
  const aborted = new Promise<never>((_, reject) => {
    if (signal === undefined) return;
    onAbort = (): void => reject(new ClickyAbortError(signal.reason));
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
  });
  aborted.catch(() => undefined); // observed below; never an unhandled rejection
  try {
    for (;;) {
      let next: IteratorResult<Uint8Array>;
      try {
        next = await (signal === undefined ? source.next() : Promise.race([source.next(), aborted]));
      } catch (e) {
        throw failure(e, signal);
      }
      if (next.done) break;
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
    if (!done) await source.return?.(undefined)?.catch(() => undefined);
  }
}

/** An iterator over a stream's chunks whose `return` cancels the stream. */
function iteratorOf(stream: ByteStream): AsyncIterator<Uint8Array> {
  if (Symbol.asyncIterator in stream) return (stream as AsyncIterable<Uint8Array>)[Symbol.asyncIterator]();
  const reader = (stream as ReadableStream<Uint8Array>).getReader();
  return {
    next: () => reader.read() as Promise<IteratorResult<Uint8Array>>,
    return: async () => {
      await reader.cancel().catch(() => undefined);
      reader.releaseLock();
      return { done: true, value: undefined };
    },
  };
}
