// The Node transport: undici's own request API over a keep-alive Agent (one pool per origin), or over a
// dispatcher the caller brings (a Pool, a ProxyAgent, a MockAgent). Not the global fetch: undici.request skips
// the WHATWG layers and streams the body as a Node Readable.
import type { Transport, TransportResponse } from '@clicky-sdk/core';
import { SDK_VERSION } from '@clicky-sdk/core';
import { Agent, type Dispatcher, request } from 'undici';

export interface UndiciTransport {
  readonly transport: Transport;
  /** Closes the Agent the transport made; a dispatcher the caller gave is left to the caller. */
  close(): Promise<void>;
}

/** Idle keep-alive connections are dropped after this long (the API's servers close theirs sooner anyway). */
const KEEP_ALIVE_MS = 10_000;

export function undiciTransport(dispatcher?: Dispatcher): UndiciTransport {
  const own = dispatcher === undefined ? new Agent({ keepAliveTimeout: KEEP_ALIVE_MS, connections: 16 }) : undefined;
  const use = dispatcher ?? (own as Agent);
  const transport: Transport = async ({ url, signal }): Promise<TransportResponse> => {
    const response = await request(url, {
      method: 'GET',
      dispatcher: use,
      signal,
      headers: { 'user-agent': `clicky-sdk/${SDK_VERSION} (node)`, 'accept-encoding': 'identity' },
    });
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(response.headers)) {
      if (value !== undefined) headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
    }
    const body = response.body;
    return {
      status: response.statusCode,
      statusText: '',
      headers,
      body,
      cancel: async () => {
        body.destroy();
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
