// decodeItems (and decodeStream) used carelessly: a source that stalls mid-body and is aborted or closed while a
// read is pending, concurrent calls, a loop left by a throw. Each must settle at once, let go of its source, and
// leave no rejection unhandled.
import { Readable } from 'node:stream';
import { ClickyAbortError } from '@clicky-sdk/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeItems, decodeStream } from '../src/index.ts';

/** The start of a JSON body whose source then stalls: a group and an item, padded past format detection. */
const HEAD = `[{"type":"visitors","dates":[{"date":"2024-10-29","items":[{"value":"1"}${' '.repeat(300)}`;
const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

/** How long a call that should settle at once is given before it counts as hung (a hang is forever). */
const HUNG_MS = 3000;
const settledSoon = <T>(p: Promise<T>): Promise<{ value: T } | { error: unknown } | 'hung'> =>
  Promise.race([
    p.then(
      (value) => ({ value }),
      (error: unknown) => ({ error }),
    ),
    new Promise<'hung'>((resolve) => setTimeout(() => resolve('hung'), HUNG_MS)),
  ]);

/** Sources that send HEAD and then nothing, each saying whether it was let go. */
function stalledSources() {
  const web = { cancelled: false };
  const webStream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(bytes(HEAD));
    },
    cancel() {
      web.cancelled = true;
    },
  });
  const node = new Readable({ read() {} });
  node.push(bytes(HEAD));
  async function* generator(): AsyncGenerator<Uint8Array> {
    yield bytes(HEAD);
    await new Promise(() => undefined);
  }
  return [
    { name: 'a web ReadableStream', stream: webStream, letGo: () => web.cancelled },
    { name: 'a Node Readable', stream: node as AsyncIterable<Uint8Array>, letGo: () => node.destroyed },
    // A generator's return() waits for its pending next(), which never ends: nothing can let it go.
    { name: 'an async generator', stream: generator(), letGo: () => true },
  ];
}

const unhandled: unknown[] = [];
const onUnhandled = (e: unknown): void => {
  unhandled.push(e);
};
beforeAll(() => {
  process.on('unhandledRejection', onUnhandled);
});
afterAll(async () => {
  await new Promise((resolve) => setTimeout(resolve, 50));
  process.off('unhandledRejection', onUnhandled);
  expect(unhandled).toEqual([]);
});

describe('a source that stalls while a read is pending', () => {
  it.each(stalledSources().map((s) => [s.name, s.stream, s.letGo] as const))(
    '%s: an abort rejects the pending next() with ClickyAbortError and lets the source go',
    async (_, stream, letGo) => {
      const controller = new AbortController();
      const items = decodeItems(stream, { format: 'json', signal: controller.signal });
      expect((await items.next()).value).toMatchObject({ kind: 'group', date: '2024-10-29' });
      expect((await items.next()).value).toMatchObject({ kind: 'item', item: { value: 1 } });
      const pending = items.next();
      setTimeout(() => controller.abort(), 10);
      const outcome = await settledSoon(pending);
      expect(outcome).toMatchObject({ error: expect.any(ClickyAbortError) });
      expect(letGo()).toBe(true);
      expect(await items.next()).toEqual({ done: true, value: undefined });
    },
  );

  it.each(stalledSources().map((s) => [s.name, s.stream, s.letGo] as const))(
    '%s: return() ends the pending next() and lets the source go',
    async (_, stream, letGo) => {
      const items = decodeItems(stream, { format: 'json' });
      await items.next();
      await items.next();
      const pending = items.next();
      expect(await settledSoon(items.return())).toEqual({ value: { done: true, value: undefined } });
      expect(await settledSoon(pending)).toEqual({ value: { done: true, value: undefined } });
      expect(letGo()).toBe(true);
    },
  );

  it.each(stalledSources().map((s) => [s.name, s.stream, s.letGo] as const))(
    '%s: decodeStream rejects with ClickyAbortError when aborted',
    async (_, stream, letGo) => {
      const controller = new AbortController();
      const decoding = decodeStream(stream, { format: 'json', signal: controller.signal });
      setTimeout(() => controller.abort(), 10);
      expect(await settledSoon(decoding)).toMatchObject({ error: expect.any(ClickyAbortError) });
      expect(letGo()).toBe(true);
    },
  );
});

describe('a source that stalls after a short start', () => {
  it.each([
    ['the format', { format: 'json' as const }],
    ['the content type', { contentType: 'application/json; charset=utf-8' }],
  ])('when %s is known, the entries read so far come out without waiting for more text', async (_, options) => {
    const web = { cancelled: false };
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        // Shorter than what detection from the body's first characters would wait for.
        controller.enqueue(bytes('[{"type":"visitors","dates":[{"date":"2024-10-29","items":[{"value":"1"},'));
      },
      cancel() {
        web.cancelled = true;
      },
    });
    const items = decodeItems(stream, options);
    expect(await settledSoon(items.next())).toMatchObject({ value: { value: { kind: 'group', date: '2024-10-29' } } });
    expect(await settledSoon(items.next())).toMatchObject({ value: { value: { kind: 'item', item: { value: 1 } } } });
    await items.return();
    expect(web.cancelled).toBe(true);
  });
});
