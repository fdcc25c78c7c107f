// @clicky-sdk/node: createClient for Node and Bun, over undici with keep-alive and streamed decoding.
import { type ClickyClient, type ClientOptions, createClientWith, ownValue } from '@clicky-sdk/core';
import { decode, decodeStream } from '@clicky-sdk/decoders';
import type { Dispatcher } from 'undici';
import { undiciTransport } from './undici-transport.ts';

export * from '@clicky-sdk/core';
export { type UndiciTransport, undiciTransport } from './undici-transport.ts';

export interface NodeClientOptions extends ClientOptions {
  /** An undici dispatcher (Pool, Agent, ProxyAgent, MockAgent) to send through; default a keep-alive Agent. */
  readonly dispatcher?: Dispatcher;
}

/**
 * A Clicky Analytics API client over undici. `close()` frees its connections. With `strict: true` its items are
 * whole (an item the body got wrong fails the call); without, they are `Lenient`.
 */
export function createClient<Strict extends boolean = false>(
  options: NodeClientOptions & { readonly strict?: Strict },
): ClickyClient<Strict> {
  // Own options only, as core reads them: a dispatcher lent by a polluted prototype would see every URL.
  const dispatcher = ownValue(options, 'dispatcher');
  const { transport, close } = undiciTransport(dispatcher as Dispatcher | undefined);
  return createClientWith(options, {
    transport,
    close,
    optionNames: ['dispatcher'],
    decoder: { decode, decodeStream },
  });
}
