// @clicky-sdk/browser: createClient for browsers and workers over fetch (CORS), the smallest bundle: JSON only.
// createJsonpClient loads answers by JSONP for pages that cannot use CORS.
import {
  type ClickyClient,
  ClickyParamError,
  type ClientOptions,
  createClientWith,
  type Decoder,
  type FetchLike,
  fetchTransport,
  ownValue,
} from '@clicky-sdk/core';
import { jsonDecoder } from './json-decoder.ts';
import { type JsonpOptions, jsonpTransport } from './jsonp.ts';

export * from '@clicky-sdk/core';
export { type JsonpOptions, jsonpTransport } from './jsonp.ts';

export interface BrowserClientOptions extends ClientOptions {
  /** The fetch to send with; default the global fetch. */
  readonly fetch?: FetchLike;
  /** Decodes bodies; default JSON only. Pass the decoders package's decode for other formats. */
  readonly decoder?: Decoder;
}

/**
 * A Clicky Analytics API client over fetch; the API must allow the page's origin (it sends CORS headers). With
 * `strict: true` its items are whole (an item the body got wrong fails the call); without, they are `Lenient`.
 */
export function createClient<Strict extends boolean = false>(
  options: BrowserClientOptions & { readonly strict?: Strict },
): ClickyClient<Strict> {
  // Own options only, as core reads them: a fetch or decoder lent by a polluted prototype would see every call.
  return createClientWith(options, {
    transport: fetchTransport(ownValue(options, 'fetch') as FetchLike | undefined),
    decoder: (ownValue(options, 'decoder') as Decoder | undefined) ?? jsonDecoder,
    optionNames: ['fetch', 'decoder'],
  });
}

/** A client that loads each answer as a <script> with json_callback (JSONP): JSON only. */
export function createJsonpClient<Strict extends boolean = false>(
  options: ClientOptions & JsonpOptions & { readonly strict?: Strict },
): ClickyClient<Strict> {
  const output = ownValue(options, 'output');
  if (output !== undefined && output !== 'json') {
    throw new ClickyParamError([{ param: '(options.output)', rule: 'jsonp', message: 'JSONP answers in json only' }]);
  }
  const document = ownValue(options, 'document') as Document | undefined;
  return createClientWith(
    { ...options, output: 'json' },
    {
      transport: jsonpTransport(document === undefined ? {} : { document }),
      decoder: jsonDecoder,
      optionNames: ['document'],
    },
  );
}
