// A try's abort: callbacks for transports that follow it without an AbortSignal, a signal made only when read,
// and the engine aborting both ways on a timeout and on the caller's abort.
import { describe, expect, it } from 'vitest';
import { abortableRequest } from '../../src/client/abort.ts';
import { createClientWith } from '../../src/client/client.ts';
import type { Transport } from '../../src/client/transport.ts';
import { ClickyAbortError, ClickyTimeoutError } from '../../src/errors.ts';
import { BASE, groups, recordingDecoder, SITEKEY } from './fakes.ts';

describe('abortableRequest', () => {
  it('calls each callback once with the reason, and one added after the abort at once', () => {
    const abort = abortableRequest('http://127.0.0.1:9/');
    const seen: unknown[] = [];
    abort.onAbort((r) => seen.push(['a', r]));
    abort.onAbort((r) => seen.push(['b', r]));
    abort.abort('why');
    abort.abort('again');
    abort.onAbort((r) => seen.push(['late', r]));
    expect(seen).toEqual([
      ['a', 'why'],
      ['b', 'why'],
      ['late', 'why'],
    ]);
  });

  it('gives one signal, aborted with the reason whether it was read before or after the abort', () => {
    const before = abortableRequest('http://127.0.0.1:9/');
    const signal = before.signal;
    expect(before.signal).toBe(signal);
    expect(signal.aborted).toBe(false);
    before.abort('early');
    expect(signal.aborted).toBe(true);
    expect(signal.reason).toBe('early');
    const after = abortableRequest('http://127.0.0.1:9/');
    after.abort('late');
    expect(after.signal.aborted).toBe(true);
    expect(after.signal.reason).toBe('late');
  });
});

/** A transport that hangs until its try is aborted, following it through onAbort only; it never reads `signal`. */
function callbackTransport(): { transport: Transport; aborts: unknown[] } {
  const aborts: unknown[] = [];
  const transport: Transport = (request) =>
    new Promise((_, reject) =>
      request.onAbort((reason) => {
        aborts.push(reason);
        reject(new Error('aborted'));
      }),
    );
  return { transport, aborts };
}

describe('a transport that follows the try through onAbort', () => {
  const client = (transport: Transport, timeoutMs: number) =>
    createClientWith(
      { siteId: 1, sitekey: SITEKEY, baseUrl: BASE, retries: 0, timeoutMs },
      { transport, decoder: recordingDecoder() },
    );

  it('hears of the timeout, the call rejecting with ClickyTimeoutError', async () => {
    const t = callbackTransport();
    const started = Date.now();
    await expect(client(t.transport, 40).visitors()).rejects.toBeInstanceOf(ClickyTimeoutError);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(t.aborts).toHaveLength(1);
  });

  it("hears of the caller's abort, with the caller's reason, the call rejecting with ClickyAbortError", async () => {
    const t = callbackTransport();
    const controller = new AbortController();
    const call = client(t.transport, 60_000).visitors({}, { signal: controller.signal });
    await new Promise((r) => setTimeout(r, 10));
    controller.abort('stop');
    const error = await call.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ClickyAbortError);
    expect(t.aborts).toEqual(['stop']);
  });

  it('is not aborted when the try succeeds', async () => {
    const aborts: unknown[] = [];
    const encoder = new TextEncoder();
    const transport: Transport = async (request) => {
      request.onAbort((r) => aborts.push(r));
      return {
        status: 200,
        statusText: '',
        headers: {},
        body: (async function* () {
          yield encoder.encode(groups('visitors', [{ value: 3 }]));
        })(),
        cancel: async () => {},
      };
    };
    expect(await client(transport, 1_000).visitors()).toHaveLength(1);
    await new Promise((r) => setTimeout(r, 20));
    expect(aborts).toEqual([]);
  });
});
