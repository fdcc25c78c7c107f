// Fault tests against the emulator: the client retries what it should, fails with the right typed error
// otherwise, never hangs, leaves no unhandled rejection, and keeps one restricted request in flight per site.

import { inspect } from 'node:util';
import {
  ClickyAbortError,
  ClickyDecodeError,
  ClickyHttpError,
  ClickyNetworkError,
  ClickyTimeoutError,
  type LogEvent,
} from '@clicky-sdk/core';
import { DEMO_SITE, type Emulator, startEmulator } from '@clicky-sdk/emulator';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createClient, type NodeClientOptions } from '../src/index.ts';

let emu: Emulator;
const unhandled: unknown[] = [];
/** Every log event and every error of the file, checked at the end for the sitekey. */
const events: LogEvent[] = [];
const errors: unknown[] = [];
const onUnhandled = (reason: unknown): void => void unhandled.push(reason);

beforeAll(async () => {
  process.on('unhandledRejection', onUnhandled);
  emu = await startEmulator({ seed: 3 });
});
afterEach(() => {
  emu.faults.clear();
  emu.resetStats();
});
afterAll(async () => {
  await emu.close();
  process.off('unhandledRejection', onUnhandled);
  expect(unhandled).toEqual([]);
  expect(events.length).toBeGreaterThan(50);
  expect(errors.length).toBeGreaterThan(10);
  const everything = [JSON.stringify(events), ...errors.map((e) => inspect(e, { depth: 8, showHidden: true }))];
  for (const text of everything) expect(text).not.toContain(DEMO_SITE.sitekey);
});

const client = (options: Partial<NodeClientOptions> = {}) =>
  createClient({
    siteId: DEMO_SITE.id,
    sitekey: DEMO_SITE.sitekey,
    baseUrl: emu.url,
    retries: { retries: 3, baseDelayMs: 5, maxDelayMs: 20 },
    logger: (e) => events.push(e),
    ...options,
  });

describe('retried faults', () => {
  it.each([
    ['a reset before the answer', { reset: 'before-response' as const }],
    ['a reset halfway through the body', { reset: 'mid-body' as const }],
    ['503 without Retry-After', { status: 503 }],
    ['502', { status: 502 }],
    ['429', { status: 429 }],
  ])('%s, twice, then success', async (_, fault) => {
    emu.faults.add({ ...fault, times: 2, match: { type: 'pages' } });
    const clicky = client();
    const pages = await clicky.pages({ limit: 5 });
    expect(pages[0]?.items).toHaveLength(5);
    expect(emu.stats().requests).toBe(3);
    await clicky.close();
  });

  it('503 with Retry-After: waits what the server asked', async () => {
    emu.faults.add({ status: 503, retryAfter: 1, times: 1 });
    const clicky = client();
    const started = Date.now();
    await clicky.visitors();
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(emu.stats().byStatus[503]).toBe(1);
    await clicky.close();
  });
});

describe('final faults', () => {
  it('5xx past the retries: ClickyHttpError with the status, after 1 + retries tries', async () => {
    emu.faults.add({ status: 500 });
    const clicky = client({ retries: { retries: 2, baseDelayMs: 1 } });
    const error = await clicky.visitors().catch((e: unknown) => e);
    errors.push(error);
    expect(error).toBeInstanceOf(ClickyHttpError);
    expect((error as ClickyHttpError).status).toBe(500);
    expect((error as ClickyHttpError).bodySnippet).toContain('500 error');
    expect(emu.stats().byStatus[500]).toBe(3);
    await clicky.close();
  });

  it('a Retry-After beyond the cap: fails at once, saying when to come back', async () => {
    emu.faults.add({ status: 429, retryAfter: 7200 });
    const clicky = client({ retries: { maxRetryAfterMs: 60_000 } });
    await expect(clicky.visitors()).rejects.toMatchObject({ status: 429, retryAfterMs: 7_200_000 });
    expect(emu.stats().requests).toBe(1);
    await clicky.close();
  });

  it('a body dripping past the timeout: ClickyTimeoutError, each try cut at the timeout', async () => {
    // The whole body would take about a minute at this pace; each try is cut at 250 ms.
    emu.faults.add({ drip: { bytes: 8, intervalMs: 200 } });
    const clicky = client({ timeoutMs: 250, retries: { retries: 1, baseDelayMs: 1 } });
    const started = Date.now();
    await expect(clicky.pages({ limit: 20 })).rejects.toBeInstanceOf(ClickyTimeoutError);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(emu.stats().requests).toBe(2);
    await clicky.close();
  });

  // CSV has no closing mark: a body cut at a line end is a shorter CSV, so truncation is checked on the
  // three formats that close what they open.
  it.each([
    ['truncated', { truncate: 40 }, ['json', 'xml', 'php'] as const],
    ['malformed', { malformed: true }, ['json', 'xml', 'php', 'csv'] as const],
  ])('a %s body: ClickyDecodeError, not retried', async (_, fault, formats) => {
    emu.faults.add(fault);
    for (const output of formats) {
      emu.resetStats();
      const clicky = client({ output });
      const error = await clicky.pages({ limit: 20, date: 'last-7-days' }).catch((e: unknown) => e);
      errors.push(error);
      expect(error).toBeInstanceOf(ClickyDecodeError);
      expect(emu.stats().requests).toBe(1);
      await clicky.close();
    }
  });

  it('nothing listening: ClickyNetworkError after the retries', async () => {
    const clicky = createClient({
      siteId: DEMO_SITE.id,
      sitekey: DEMO_SITE.sitekey,
      baseUrl: 'http://127.0.0.1:9',
      retries: { retries: 1, baseDelayMs: 1 },
    });
    const error = await clicky.visitors().catch((e: unknown) => e);
    errors.push(error);
    expect(error).toBeInstanceOf(ClickyNetworkError);
    expect(JSON.stringify(error)).not.toContain(DEMO_SITE.sitekey);
    await clicky.close();
  });
});

describe('the per-site gate against the emulator', () => {
  it('50 restricted calls at once from two clients: one in flight, none refused', async () => {
    emu.faults.add({ latencyMs: 5, match: { type: 'visitors-list' } });
    const a = client();
    const b = client();
    const calls = Array.from({ length: 50 }, (_, i) =>
      (i % 2 ? a : b).visitorsList({ limit: 10, date: `${1 + (i % 5)}-days-ago` }),
    );
    const results = await Promise.all(calls);
    expect(results.every((r) => r[0]?.items.length === 10)).toBe(true);
    const stats = emu.stats();
    expect(stats.maxRestrictedPerSite[String(DEMO_SITE.id)]).toBe(1);
    expect(stats.apiErrors).toBe(0);
    expect(stats.requests).toBe(50);
    await Promise.all([a.close(), b.close()]);
  });

  it('1,000 calls at once, restricted and not, all answered', async () => {
    const clicky = client();
    const calls = Array.from({ length: 1000 }, (_, i) =>
      i % 10 === 0 ? clicky.actionsList({ limit: 1 }) : clicky.visitors({ date: 'yesterday' }),
    );
    const results = await Promise.all(calls);
    expect(results.every((r) => r.length === 1)).toBe(true);
    expect(emu.stats().maxRestrictedPerSite[String(DEMO_SITE.id)]).toBe(1);
    expect(emu.stats().apiErrors).toBe(0);
    await clicky.close();
  }, 60_000);
});

describe('aborts', () => {
  it('at any moment of a slow call: ClickyAbortError at once, and the slot is free for the next call', async () => {
    emu.faults.add({ latencyMs: 30, drip: { bytes: 200, intervalMs: 5 }, match: { type: 'visitors-list' } });
    const clicky = client();
    for (const at of [0, 1, 5, 15, 29, 35, 50, 80, 120]) {
      const controller = new AbortController();
      const call = clicky.visitorsList({ limit: 50 }, { signal: controller.signal });
      await new Promise((r) => setTimeout(r, at));
      const abortedAt = Date.now();
      controller.abort();
      const outcome = await call.then(
        () => 'done',
        (e: unknown) => {
          errors.push(e);
          return e;
        },
      );
      // A call that finished before the abort is fine; one that did not is aborted at once.
      if (outcome !== 'done') {
        expect(outcome).toBeInstanceOf(ClickyAbortError);
        expect(Date.now() - abortedAt).toBeLessThan(1_000);
      }
    }
    emu.faults.clear();
    expect((await clicky.visitorsList({ limit: 5 }))[0]?.items).toHaveLength(5);
    await clicky.close();
  });
});
