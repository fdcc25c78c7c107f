// A transport over the web-standard fetch, for Deno, browsers, workers and any runtime with fetch. Shared by
// the Deno and browser packages.
import type { Transport, TransportResponse } from './transport.ts';

/** The fetch to use: the global one by default; a custom one (a proxying fetch, a test double) otherwise. */
export type FetchLike = (url: string, init: { signal: AbortSignal; credentials?: 'omit' }) => Promise<Response>;

export function fetchTransport(fetchImpl: FetchLike = (url, init) => fetch(url, init)): Transport {
  return async ({ url, signal }): Promise<TransportResponse> => {
    // No cookies: the sitekey authenticates, and a credential-free request keeps CORS simple.
    const response = await fetchImpl(url, { signal, credentials: 'omit' });
    const headers: Record<string, string> = {};
    response.headers.forEach((value, name) => {
      headers[name.toLowerCase()] = value;
    });
    const body = response.body;
    return {
      status: response.status,
      statusText: response.statusText,
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
