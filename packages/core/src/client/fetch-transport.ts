// A transport over the web-standard fetch, for Deno, browsers, workers and any runtime with fetch. Shared by
// the Deno and browser packages.
import type { Transport, TransportResponse } from './transport.ts';

/** What the transport asks of fetch; a custom fetch must honour `redirect: 'manual'` too. */
export interface FetchInit {
  readonly signal: AbortSignal;
  readonly credentials: 'omit';
  readonly redirect: 'manual';
}

/** The fetch to use: the global one by default; a custom one (a proxying fetch, a test double) otherwise. */
export type FetchLike = (url: string, init: FetchInit) => Promise<Response>;

export function fetchTransport(fetchImpl: FetchLike = (url, init) => fetch(url, init)): Transport {
  return async ({ url, signal }): Promise<TransportResponse> => {
    // No cookies: the sitekey authenticates, and a credential-free request keeps CORS simple. No redirects: the
    // URL carries the sitekey, and a Location that keeps the query would hand it to another origin; a 3xx is
    // returned as it is (the engine fails it), and a browser's opaque redirect reads as status 0.
    const response = await fetchImpl(url, { signal, credentials: 'omit', redirect: 'manual' });
    const opaqueRedirect = response.type === 'opaqueredirect';
    const headers: Record<string, string> = {};
    response.headers.forEach((value, name) => {
      headers[name.toLowerCase()] = value;
    });
    const body = response.body;
    return {
      status: opaqueRedirect ? 0 : response.status,
      statusText: opaqueRedirect ? 'redirect' : response.statusText,
      headers,
      body: body ? chunks(body) : empty(),
      cancel: async () => {
        await body?.cancel().catch(() => {});
      },
    };
  };
}

async function* chunks(stream: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    // Stopped early: let the connection go instead of holding the rest of the body.
    await reader.cancel().catch(() => {});
    reader.releaseLock();
  }
}

async function* empty(): AsyncGenerator<Uint8Array> {}
