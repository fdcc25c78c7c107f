// JSONP: a transport that loads the API's answer as a <script> with `json_callback`, for pages that cannot use
// CORS. The answer comes to a one-off global callback; a script that loads without calling it (an HTML error
// page) or fails to load is a network failure, retried like any other.
import { ClickyAbortError, ClickyNetworkError, type Transport, type TransportResponse } from '@clicky-sdk/core';

let sequence = 0;

export interface JsonpOptions {
  /** The document to add the script to. Default the global document. */
  readonly document?: Document;
}

export function jsonpTransport(options: JsonpOptions = {}): Transport {
  return ({ url, signal }) =>
    new Promise<TransportResponse>((resolve, reject) => {
      const doc = options.document ?? document;
      const callbacks = globalThis as unknown as Record<string, ((data: unknown) => void) | undefined>;
      const name = `__clickyJsonp${Date.now().toString(36)}_${sequence++}`;
      const script = doc.createElement('script');
      let settled = false;
      const finish = (): void => {
        settled = true;
        // A late answer (after an abort or timeout) still finds a function; it just does nothing.
        callbacks[name] = () => {};
        script.remove();
        signal.removeEventListener('abort', onAbort);
      };
      const onAbort = (): void => {
        if (settled) return;
        finish();
        reject(new ClickyAbortError(signal.reason));
      };
      callbacks[name] = (data: unknown) => {
        if (settled) return;
        finish();
        const text = JSON.stringify(data) ?? '';
        const bytes = new TextEncoder().encode(text);
        resolve({
          status: 200,
          statusText: 'OK',
          headers: { 'content-type': 'application/json' },
          body: (async function* () {
            yield bytes;
          })(),
          cancel: async () => {},
        });
      };
      script.onload = () => {
        if (settled) return;
        finish();
        reject(new ClickyNetworkError('The JSONP answer did not call its callback'));
      };
      script.onerror = () => {
        if (settled) return;
        finish();
        reject(new ClickyNetworkError('The JSONP script could not be loaded'));
      };
      signal.addEventListener('abort', onAbort, { once: true });
      if (signal.aborted) return onAbort();
      script.async = true;
      script.src = `${url}&json_callback=${name}`;
      doc.head.appendChild(script);
    });
}
