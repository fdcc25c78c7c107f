// The Node transport: undici's own request API over a keep-alive Agent (one pool per origin), or over a
// dispatcher the caller brings (a Pool, a ProxyAgent, a MockAgent). Not the global fetch: undici.request skips
// the WHATWG layers and streams the body as a Node Readable.
import { EventEmitter } from 'node:events';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import type { Transport, TransportRequest, TransportResponse } from '@clicky-sdk/core';
import { ClickyDecodeError, SDK_VERSION } from '@clicky-sdk/core';
import { Agent, type Dispatcher, request } from 'undici';
import { readableChunks } from './readable-chunks.ts';

export interface UndiciTransport {
  readonly transport: Transport;
  /** Closes the Agent the transport made; a dispatcher the caller gave is left to the caller. */
  close(): Promise<void>;
}

/** Idle keep-alive connections are dropped after this long (the API's servers close theirs sooner anyway). */
const KEEP_ALIVE_MS = 10_000;

/** The encodings a server may send even when asked for none; fetch reads them, so this transport does too. */
const DECOMPRESSORS = {
  gzip: createGunzip,
  'x-gzip': createGunzip,
  deflate: createInflate,
  br: createBrotliDecompress,
} as const;

/** Bun answers `undici` with its own module, whose request() takes an AbortSignal only. */
const ON_BUN = typeof (process.versions as { bun?: string }).bun === 'string';

export function undiciTransport(dispatcher?: Dispatcher): UndiciTransport {
  const own = dispatcher === undefined ? new Agent({ keepAliveTimeout: KEEP_ALIVE_MS, connections: 16 }) : undefined;
  const use = dispatcher ?? (own as Agent);
  const transport: Transport = async (req): Promise<TransportResponse> => {
    const response = await request(req.url, {
      method: 'GET',
      dispatcher: use,
      // `req.signal` is made when read: read only where nothing cheaper will do.
      signal: ON_BUN ? req.signal : abortEmitter(req.onAbort),
      headers: { 'user-agent': `clicky-sdk/${SDK_VERSION} (node)`, 'accept-encoding': 'identity' },
    });
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(response.headers)) {
      if (value !== undefined) headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
    }
    const raw = response.body;
    const encoding = (headers['content-encoding'] ?? 'identity').trim().toLowerCase();
    if (encoding !== 'identity' && !Object.hasOwn(DECOMPRESSORS, encoding)) {
      discard(raw);
      throw new ClickyDecodeError(
        'response',
        `an uncompressed, gzip, deflate or br body (content-encoding ${encoding})`,
      );
    }
    const inflate = encoding === 'identity' ? undefined : DECOMPRESSORS[encoding as keyof typeof DECOMPRESSORS]();
    return {
      status: response.statusCode,
      statusText: '',
      headers,
      // The caller's size cap counts the bytes decompressed, so a small body that inflates enormously is cut
      // as soon as it passes the cap, without inflating the rest.
      body: inflate ? inflated(raw, inflate) : readableChunks(raw),
      cancel: async () => {
        discard(raw);
        if (inflate) discard(inflate);
      },
    };
  };
  return {
    transport,
    close: async () => {
      // Bun answers `undici` with its own built-in module, whose Agent has no close().
      if (typeof own?.close === 'function') await own.close();
    },
  };
}

/**
 * The try's abort as the EventEmitter undici also takes for a signal. An AbortSignal would do the same, but in Node
 * the listener undici puts on one costs more than the rest of a small loopback request together.
 */
function abortEmitter(onAbort: TransportRequest['onAbort']): EventEmitter & { aborted: boolean; reason?: unknown } {
  const emitter = Object.assign(new EventEmitter(), { aborted: false, reason: undefined as unknown });
  onAbort((reason) => {
    emitter.aborted = true;
    emitter.reason = reason;
    emitter.emit('abort');
  });
  return emitter;
}

type Inflater = ReturnType<(typeof DECOMPRESSORS)[keyof typeof DECOMPRESSORS]>;

/**
 * The body through a decompressor. A stream that is not what its encoding says is a decode error (the same
 * bytes would fail again); a connection that breaks is passed on as it is, for the engine to retry.
 */
async function* inflated(raw: Dispatcher.ResponseData['body'], inflate: Inflater): AsyncGenerator<Uint8Array> {
  let connectionFailed = false;
  raw.once('error', (e) => {
    connectionFailed = true;
    inflate.destroy(e);
  });
  raw.pipe(inflate);
  try {
    for await (const chunk of inflate) yield chunk as Uint8Array;
  } catch (e) {
    if (connectionFailed) throw e;
    throw new ClickyDecodeError('response', 'a body its content-encoding can decompress', { cause: e });
  } finally {
    discard(raw);
    discard(inflate);
  }
}

/**
 * Drops a stream the engine no longer reads. undici's body emits 'error' when destroyed before its end, and an
 * 'error' with no listener ends the process: the listener is added first.
 */
function discard(stream: NodeJS.ReadableStream & { destroy(): unknown }): void {
  stream.on('error', () => {});
  stream.destroy();
}
