// JSONP: a transport that loads the API's answer as a <script> with `json_callback`, for pages that cannot use
// CORS. The answer comes to a one-off global callback; a script that loads without calling it (an HTML error
// page) or fails to load is a network failure, retried like any other.
import {
  ClickyAbortError,
  ClickyNetworkError,
  ClickyParamError,
  type Transport,
  type TransportResponse,
} from '@clicky-sdk/core';

let sequence = 0;

export interface JsonpOptions {
  /** The document to add the script to. Default the global document. */
  readonly document?: Document;
}

/** A request's own json_callback or json_var would name another function or a variable for the answer. */
const OWN_WRAPPER = /[?&]json_(?:callback|var)=/;

export function jsonpTransport(options: JsonpOptions = {}): Transport {
  return ({ url, signal }) =>
    new Promise<TransportResponse>((resolve, reject) => {
      if (OWN_WRAPPER.test(url)) {
        const problem = { rule: 'jsonp', message: 'is set by the JSONP client itself; leave it out' };
        reject(new ClickyParamError([{ param: 'json_callback, json_var', ...problem }]));
        return;
      }
      const doc = options.document ?? document;
      const callbacks = globalThis as unknown as Record<string, ((data: unknown) => void) | undefined>;
      const name = `__clickyJsonp${Date.now().toString(36)}_${sequence++}`;
      const script = doc.createElement('script');
      let settled = false;
      const settle = (): void => {
        settled = true;
        // The script may still run (after an abort or a timeout) or call twice: it finds a function that does
        // nothing, until its load or error event, which comes once it ran or failed, removes the global.
        callbacks[name] = () => {};
        script.remove();
        signal.removeEventListener('abort', onAbort);
      };
      const forget = (): void => {
        delete callbacks[name];
      };
      const onAbort = (): void => {
        if (settled) return;
        settle();
        reject(new ClickyAbortError(signal.reason));
      };
      callbacks[name] = (data: unknown) => {
        if (settled) return;
        settle();
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
        forget();
        if (settled) return;
        settle();
        forget();
        reject(new ClickyNetworkError('The JSONP answer did not call its callback'));
      };
      script.onerror = () => {
        forget();
        if (settled) return;
        settle();
        forget();
        reject(new ClickyNetworkError('The JSONP script could not be loaded'));
      };
      signal.addEventListener('abort', onAbort, { once: true });
      if (signal.aborted) {
        onAbort();
        forget();
        return;
      }
      script.async = true;
      script.src = `${url}&json_callback=${name}`;
      doc.head.appendChild(script);
    });
}
