// Reading a response body: whole (with a size cap), as a bounded snippet for error messages, or passed through
// as a counted stream so a streaming decoder sees the same cap. A failure while the bytes arrive (a reset
// halfway) is a ClickyNetworkError; bytes that are not UTF-8 are a ClickyDecodeError.
import { ClickyDecodeError, ClickyError, ClickyNetworkError } from '../errors.ts';

/** Passes the chunks through, refusing the body once it goes past `maxBytes`. */
export async function* capped(body: AsyncIterable<Uint8Array>, maxBytes: number): AsyncGenerator<Uint8Array> {
  let total = 0;
  const it = body[Symbol.asyncIterator]();
  try {
    for (;;) {
      let next: IteratorResult<Uint8Array>;
      try {
        next = await it.next();
      } catch (e) {
        throw e instanceof ClickyError ? e : new ClickyNetworkError('The connection failed while the body arrived', e);
      }
      if (next.done) return;
      total += next.value.byteLength;
      if (total > maxBytes) throw new ClickyDecodeError('response', `at most ${maxBytes} bytes`, { offset: maxBytes });
      yield next.value;
    }
  } finally {
    // Stopping early (a cap, a decoder that gave up) hands the rest of the body back to the transport.
    await it.return?.().catch(() => {});
  }
}

/**
 * Decodes whole bodies that arrive in one chunk. Only ever called without `stream`, so each call starts afresh
 * and calls of concurrent requests cannot mix their bytes; it saves making a decoder per request.
 */
const WHOLE_UTF8 = new TextDecoder('utf-8', { fatal: true });

/** The whole body as UTF-8 text; invalid UTF-8 is refused rather than replaced. */
export async function readText(body: AsyncIterable<Uint8Array>, maxBytes: number): Promise<string> {
  // A plain loop rather than capped(): the common small body costs no generator per chunk. The first chunk is
  // held back: when it is the only one, it is decoded whole; from a second on, a streaming decoder takes over.
  let first: Uint8Array | undefined;
  let streaming: TextDecoder | undefined;
  let text = '';
  let total = 0;
  const decode = (decoder: TextDecoder, chunk?: Uint8Array): string => {
    try {
      return chunk ? decoder.decode(chunk, { stream: decoder !== WHOLE_UTF8 }) : decoder.decode();
    } catch {
      throw new ClickyDecodeError('response', 'UTF-8 text');
    }
  };
  try {
    for await (const chunk of body) {
      total += chunk.byteLength;
      if (total > maxBytes) throw new ClickyDecodeError('response', `at most ${maxBytes} bytes`, { offset: maxBytes });
      if (streaming === undefined && first === undefined) {
        first = chunk;
        continue;
      }
      if (streaming === undefined) {
        streaming = new TextDecoder('utf-8', { fatal: true });
        text += decode(streaming, first);
      }
      text += decode(streaming, chunk);
    }
  } catch (e) {
    throw e instanceof ClickyError ? e : new ClickyNetworkError('The connection failed while the body arrived', e);
  }
  if (streaming !== undefined) return text + decode(streaming);
  return first === undefined ? '' : decode(WHOLE_UTF8, first);
}

/** Up to `maxBytes` of the body as text, for an error message; the rest is not read, and a failure is ignored. */
export async function readSnippet(body: AsyncIterable<Uint8Array>, maxBytes = 500): Promise<string> {
  const decoder = new TextDecoder('utf-8');
  let text = '';
  let bytes = 0;
  try {
    for await (const chunk of body) {
      const room = maxBytes - bytes;
      text += decoder.decode(chunk.subarray(0, room), { stream: true });
      bytes += Math.min(room, chunk.byteLength);
      if (bytes >= maxBytes) break;
    }
  } catch {
    // The snippet only decorates an HTTP error; a body that breaks off leaves what arrived.
  }
  return text + decoder.decode();
}
