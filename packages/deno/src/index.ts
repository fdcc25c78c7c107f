// @clicky-sdk/deno: createClient for Deno (and any runtime with fetch), published on JSR.
import {
  type ClickyClient,
  type ClientOptions,
  createClientWith,
  type FetchLike,
  fetchTransport,
  ownValue,
} from '@clicky-sdk/core';
import { decode, decodeStream } from '@clicky-sdk/decoders';

export * from '@clicky-sdk/core';

export interface DenoClientOptions extends ClientOptions {
  /** The fetch to send with; default the global fetch. */
  readonly fetch?: FetchLike;
}

/**
 * A Clicky Analytics API client over fetch. With `strict: true` its items are whole (an item the body got wrong
 * fails the call); without, they are `Lenient`.
 */
export function createClient<Strict extends boolean = false>(
  options: DenoClientOptions & { readonly strict?: Strict },
): ClickyClient<Strict> {
  return createClientWith(options, {
    // Own options only, as core reads them: a fetch lent by a polluted prototype would see every URL.
    transport: fetchTransport(ownValue(options, 'fetch') as FetchLike | undefined),
    optionNames: ['fetch'],
    decoder: { decode, decodeStream },
  });
}
