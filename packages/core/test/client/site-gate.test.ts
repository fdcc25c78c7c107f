// The per-site gate: FIFO, the slot limit, aborts while queued, and one gate per base URL and site per process.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SiteGate, siteGate } from '../../src/client/site-gate.ts';
import { ClickyAbortError } from '../../src/errors.ts';
import { groups, makeClient } from './fakes.ts';

describe('SiteGate', () => {
  it('never lets more than the limit through, and serves waiters in order', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 4 }),
        fc.array(fc.nat(5), { minLength: 1, maxLength: 30 }),
        async (limit, waits) => {
          const gate = new SiteGate(() => {});
          let active = 0;
          let most = 0;
          const order: number[] = [];
          await Promise.all(
            waits.map(async (w, i) => {
              const release = await gate.acquire(limit);
              order.push(i);
              active++;
              most = Math.max(most, active);
              await new Promise((r) => setTimeout(r, w));
              active--;
              release();
            }),
          );
          expect(most).toBeLessThanOrEqual(limit);
          expect(order).toEqual(waits.map((_, i) => i));
          expect(gate.active).toBe(0);
        },
      ),
      { numRuns: 30 },
    );
  });

  it('drops an aborted waiter at once, and the next one takes the slot', async () => {
    const gate = new SiteGate(() => {});
    const first = await gate.acquire(1);
    const controller = new AbortController();
    const aborted = gate.acquire(1, controller.signal);
    const third = gate.acquire(1);
    controller.abort();
    await expect(aborted).rejects.toBeInstanceOf(ClickyAbortError);
    expect(gate.waiting).toBe(1);
    first();
    first(); // a second release is a no-op
    const release = await third;
    expect(gate.active).toBe(1);
    release();
    expect(gate.active).toBe(0);
  });

  it('is shared per base URL and site, and forgotten when idle', async () => {
    const a = siteGate('http://h:1/', 7);
    expect(siteGate('HTTP://H:1', 7)).toBe(a);
    expect(siteGate('http://h:1', 8)).not.toBe(a);
    const release = await a.acquire(1);
    release();
    expect(siteGate('http://h:1', 7)).not.toBe(a);
  });
});

describe('restricted requests through the client', () => {
  it('go one at a time per site across clients, other types do not wait', async () => {
    let inFlight = 0;
    let most = 0;
    const script = (url: URL) => {
      const restricted = url.searchParams.get('type') === 'visitors-list';
      if (restricted) {
        inFlight++;
        most = Math.max(most, inFlight);
        setTimeout(() => inFlight--, 5);
      }
      return { body: groups(url.searchParams.get('type') ?? '', []), delayMs: 5 };
    };
    const one = makeClient(script).client;
    const two = makeClient(script).client;
    await Promise.all([
      ...Array.from({ length: 10 }, () => one.visitorsList()),
      ...Array.from({ length: 10 }, () => two.visitorsList()),
      ...Array.from({ length: 10 }, () => one.pages()),
    ]);
    expect(most).toBe(1);
  });

  it('lets `concurrency` lift the limit', async () => {
    let inFlight = 0;
    let most = 0;
    const { client } = makeClient(
      () => {
        inFlight++;
        most = Math.max(most, inFlight);
        setTimeout(() => inFlight--, 10);
        return { body: groups('actions-list', []), delayMs: 10 };
      },
      { concurrency: 3, siteId: 99 },
    );
    await Promise.all(Array.from({ length: 12 }, () => client.actionsList()));
    expect(most).toBe(3);
  });

  it('frees the slot of an aborted call for the next one', async () => {
    const { client, seen } = makeClient((_, n) => (n === 1 ? 'hang' : { body: groups('visitors-list', []) }), {
      siteId: 5,
    });
    const controller = new AbortController();
    const stuck = client.visitorsList({}, { signal: controller.signal });
    const next = client.visitorsList();
    await new Promise((r) => setTimeout(r, 20));
    expect(seen.urls).toHaveLength(1);
    controller.abort();
    await expect(stuck).rejects.toBeInstanceOf(ClickyAbortError);
    expect(await next).toEqual([{ date: '2024-01-01', start: '2024-01-01', end: '2024-01-01', items: [] }]);
  });
});
