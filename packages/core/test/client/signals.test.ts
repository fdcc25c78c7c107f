// Signals and call options under load: a client-wide signal shared by a thousand queued calls holds one listener
// (Node warns of a leak past ten), every listener and timer is gone once the calls are, and call options are
// checked like the client's own, so a bad one fails the call with ClickyParamError instead of breaking it.
import { getEventListeners } from 'node:events';
import { afterEach, describe, expect, it } from 'vitest';
import { onAbort } from '../../src/client/abort.ts';
import { ClickyAbortError, ClickyParamError } from '../../src/errors.ts';
import { groups, makeClient } from './fakes.ts';

const warnings: Error[] = [];
const onWarning = (w: Error): void => {
  warnings.push(w);
};
process.on('warning', onWarning);
afterEach(() => {
  warnings.length = 0;
});

const timers = (): number => process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length;
const listeners = (signal: AbortSignal): number => getEventListeners(signal, 'abort').length;

describe('a client-wide signal', () => {
  it('holds one listener however many restricted calls wait on it, and none once they are done', async () => {
    const clientAbort = new AbortController();
    const { client } = makeClient(() => ({ body: groups('visitors-list', []), delayMs: 1 }), {
      signal: clientAbort.signal,
    });
    const first = client.visitorsList({}, { signal: new AbortController().signal });
    const rest = Array.from({ length: 1000 }, () => client.visitorsList({}, { signal: new AbortController().signal }));
    await new Promise((r) => setTimeout(r, 20));
    expect(listeners(clientAbort.signal)).toBe(1);
    await Promise.all([first, ...rest]);
    expect(listeners(clientAbort.signal)).toBe(0);
    expect(warnings.filter((w) => w.name === 'MaxListenersExceededWarning')).toEqual([]);
  });

  it('aborts every queued call at once with ClickyAbortError', async () => {
    const clientAbort = new AbortController();
    const { client, seen } = makeClient(() => 'hang', { signal: clientAbort.signal });
    const calls = Array.from({ length: 200 }, () => client.visitorsList().catch((e: unknown) => e));
    await new Promise((r) => setTimeout(r, 10));
    clientAbort.abort();
    const outcomes = await Promise.all(calls);
    expect(outcomes.every((e) => e instanceof ClickyAbortError)).toBe(true);
    expect(seen.urls).toHaveLength(1);
    expect(listeners(clientAbort.signal)).toBe(0);
  });
});

describe('after 1,000 calls', () => {
  it('leaves no listener on the signals given and no timer behind, retries and timeouts included', async () => {
    const clientAbort = new AbortController();
    const { client } = makeClient(
      (_url, n) => (n % 3 === 0 ? { status: 503, body: 'busy' } : { body: groups('pages', [{ value: n }]) }),
      { signal: clientAbort.signal, timeoutMs: 60_000 },
    );
    const before = timers();
    const callSignals: AbortSignal[] = [];
    for (let i = 0; i < 1000; i++) {
      const signal = new AbortController().signal;
      callSignals.push(signal);
      await client.pages({}, { signal });
    }
    expect(listeners(clientAbort.signal)).toBe(0);
    expect(callSignals.map(listeners).filter((n) => n > 0)).toEqual([]);
    expect(timers()).toBeLessThanOrEqual(before);
  });
});

describe('onAbort', () => {
  it('runs each wait once, lets one stop another, and removes its listener with the last wait', () => {
    const c = new AbortController();
    const ran: string[] = [];
    let stopB: () => void = () => {};
    const stopA = onAbort(c.signal, () => {
      ran.push('a');
      stopB();
    });
    stopB = onAbort(c.signal, () => ran.push('b'));
    const stopC = onAbort(c.signal, () => ran.push('c'));
    stopC();
    expect(listeners(c.signal)).toBe(1);
    c.abort();
    expect(ran).toEqual(['a']);
    expect(listeners(c.signal)).toBe(0);
    stopA();
    const late: string[] = [];
    onAbort(c.signal, () => late.push('now'));
    expect(late).toEqual(['now']);
  });
});

describe('call options', () => {
  it.each([
    ['a timeout past the timers range (it would fire at once)', { timeoutMs: 2 ** 40 }, '(call.timeoutMs)'],
    ['a negative timeout', { timeoutMs: -1 }, '(call.timeoutMs)'],
    ['a timeout that is not a number', { timeoutMs: '5000' }, '(call.timeoutMs)'],
    ['NaN', { timeoutMs: Number.NaN }, '(call.timeoutMs)'],
    ['a signal that is not one', { signal: {} }, '(call.signal)'],
    ['null', null, '(call)'],
  ])('refuse %s with ClickyParamError, sending nothing', async (_label, call, param) => {
    const { client, seen } = makeClient(() => ({ body: groups('pages', []) }));
    const error = await client.pages({}, call as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ClickyParamError);
    expect((error as ClickyParamError).problems.map((p) => p.param)).toEqual([param]);
    expect(seen.urls).toHaveLength(0);
    // A bad signal used to be retried as a network error, its backoff timer then crashing the process.
    await new Promise((r) => setTimeout(r, 30));
  });

  it('take a valid per-call timeout', async () => {
    const { client, seen } = makeClient(() => ({ body: groups('pages', []), delayMs: 200 }), { retries: 0 });
    await expect(client.pages({}, { timeoutMs: 20 })).rejects.toMatchObject({ code: 'CLICKY_TIMEOUT', timeoutMs: 20 });
    expect(seen.urls).toHaveLength(1);
  });

  it('refuse a client signal that is not one', () => {
    expect(() => makeClient(() => 'hang', { signal: { aborted: false } as never })).toThrow(ClickyParamError);
  });
});
