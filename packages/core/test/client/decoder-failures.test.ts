// A decoder that fails on a body with something other than a ClickyError (a stack overflow on deep nesting, a
// bug): a final ClickyDecodeError, never a "network error" retried on the same body, whole or streamed. A
// connection that breaks while a streaming decoder reads stays a network error, retried.
import { describe, expect, it } from 'vitest';
import { createClientWith } from '../../src/client/client.ts';
import type { Decoder, Transport } from '../../src/client/transport.ts';
import { ClickyDecodeError, ClickyNetworkError } from '../../src/errors.ts';
import { SITEKEY } from './fakes.ts';

function counting(headers: Record<string, string>, fail?: Error): { transport: Transport; tries: () => number } {
  let tries = 0;
  const transport: Transport = async () => {
    tries++;
    return {
      status: 200,
      statusText: 'OK',
      headers,
      body: (async function* () {
        yield new TextEncoder().encode('[');
        if (fail) throw fail;
        yield new TextEncoder().encode(']');
      })(),
      cancel: async () => {},
    };
  };
  return { transport, tries: () => tries };
}

const client = (transport: Transport, decoder: Decoder) =>
  createClientWith(
    { siteId: 1, sitekey: SITEKEY, baseUrl: 'http://127.0.0.1:9', retries: { retries: 3, baseDelayMs: 1 } },
    { transport, decoder },
  );

describe('a decoder that throws something else than a ClickyError', () => {
  it.each([
    ['TypeError', new TypeError("Cannot read properties of undefined (reading 'items')")],
    ['RangeError', new RangeError('Maximum call stack size exceeded')],
    ['SyntaxError', new SyntaxError('Unexpected end of JSON input')],
    ['a string', 'thrown as a string'],
  ])('%s while decoding a whole body: ClickyDecodeError, one try, the cause kept', async (_label, thrown) => {
    const { transport, tries } = counting({ 'content-length': '2' });
    const error = await client(transport, {
      decode: () => {
        throw thrown;
      },
    })
      .pages()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ClickyDecodeError);
    expect((error as ClickyDecodeError).format).toBe('json');
    expect(String((error as { cause: { message?: string } }).cause.message ?? (error as { cause: string }).cause)).toBe(
      thrown instanceof Error ? thrown.message : thrown,
    );
    expect(tries()).toBe(1);
  });

  it('while streaming a body: ClickyDecodeError, one try', async () => {
    const { transport, tries } = counting({});
    const decoder: Decoder = {
      decode: () => [],
      decodeStream: async (body) => {
        for await (const _ of body) throw new RangeError('Maximum call stack size exceeded');
        return [];
      },
    };
    await expect(client(transport, decoder).pages()).rejects.toBeInstanceOf(ClickyDecodeError);
    expect(tries()).toBe(1);
  });

  it('but a connection that breaks while it streams stays a network error, and is retried', async () => {
    const { transport, tries } = counting({}, new Error('socket hang up'));
    const decoder: Decoder = {
      decode: () => [],
      decodeStream: async (body) => {
        for await (const _ of body);
        return [];
      },
    };
    await expect(client(transport, decoder).pages()).rejects.toBeInstanceOf(ClickyNetworkError);
    expect(tries()).toBe(4);
  });
});
