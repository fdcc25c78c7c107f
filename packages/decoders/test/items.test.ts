// decodeItems: a streamed body's date groups and items one by one, the same as `decode` on the whole body (items,
// order, problems, errors) at every chunk size, with backpressure, cancellation and the stream's errors.

import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import {
  ClickyAbortError,
  ClickyApiError,
  ClickyDecodeError,
  ClickyError,
  ClickyNetworkError,
  type DataType,
  type OutputFormat,
} from '@clicky-sdk/core';
import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { type DecodedEntry, decode, decodeItems, encode, problemsOf, type TypedDecodeOptions } from '../src/index.ts';
import { hourlyTallies, result } from './arbitraries.ts';

const FORMATS: OutputFormat[] = ['json', 'php', 'csv', 'xml'];

/** The bytes of `text` cut at the given sizes, taken in turn (a size of 1 cuts inside UTF-8 characters). */
async function* cut(text: string, sizes: readonly number[]): AsyncGenerator<Uint8Array> {
  const all = new TextEncoder().encode(text);
  for (let i = 0, k = 0; i < all.length; k++) {
    const size = sizes[k % sizes.length] ?? 1;
    yield all.slice(i, i + size);
    i += size;
  }
}

/** A decode's groups and items as decodeItems hands them out, in order. */
function flattened(r: Record<string, { date: string; start: string; end: string; items: unknown[] }[]>): unknown[] {
  const out: unknown[] = [];
  for (const type of Object.keys(r))
    for (const g of r[type] ?? []) {
      out.push({ kind: 'group', type, date: g.date, start: g.start, end: g.end });
      for (const item of g.items) out.push({ kind: 'item', type, date: g.date, item });
    }
  return out;
}

/**
 * What a decode gave: its entries and problems, or its error: the API's message, or the class of a refusal (as
 * for decodeStream, a refusal's wording and offset may differ: a reader that parses item by item sees a broken
 * body at another place than JSON.parse of the whole text).
 */
type Outcome = { entries: unknown[]; problems: readonly unknown[] } | { error: string; message?: string };

const failed = (e: unknown): Outcome => {
  if (e instanceof ClickyApiError) return { error: 'ClickyApiError', message: e.apiMessage };
  if (!(e instanceof ClickyError)) throw e;
  return { error: e.constructor.name };
};

function whole(body: string, options: TypedDecodeOptions<DataType, never>): Outcome {
  try {
    const r = decode(body, options);
    return { entries: flattened(r as never), problems: problemsOf(r) };
  } catch (e) {
    return failed(e);
  }
}

async function itemByItem(
  body: string,
  sizes: readonly number[],
  options: TypedDecodeOptions<DataType, never>,
): Promise<Outcome> {
  const items = decodeItems(cut(body, sizes), options);
  const entries: unknown[] = [];
  try {
    for await (const e of items) entries.push(e);
    return { entries, problems: items.problems };
  } catch (e) {
    return failed(e);
  }
}

const sizes = fc.array(fc.oneof(fc.constant(1), fc.integer({ min: 1, max: 97 })), { minLength: 1, maxLength: 6 });

describe('decodeItems hands out what decode returns', () => {
  it('the same groups and items, in order, for generated results in every format and chunking', async () => {
    await fc.assert(
      fc.asyncProperty(result(false), sizes, async (tree, split) => {
        const types = Object.keys(tree) as DataType[];
        for (const format of FORMATS) {
          const body = encode(tree, { format });
          const streamed = await itemByItem(body, split, { format, types });
          expect(streamed, format).toStrictEqual(whole(body, { format, types }));
          expect(streamed).toStrictEqual({ entries: flattened(tree), problems: [] });
        }
      }),
      { numRuns: 80 },
    );
  });

  it("PHP's hourly items, split into hours on the way", async () => {
    await fc.assert(
      fc.asyncProperty(hourlyTallies, sizes, async (tree, split) => {
        const body = encode(tree, { format: 'php', hourly: true });
        expect(await itemByItem(body, split, { format: 'php' })).toStrictEqual(whole(body, { format: 'php' }));
      }),
      { numRuns: 60 },
    );
  });

  // Broken bodies: one answer whatever the chunking, and decode's: its items and problems, or its error.
  const small = {
    'visitors-list': [
      {
        date: '2024-10-01,2024-10-31',
        start: '2024-10-01',
        end: '2024-10-31',
        items: [0, 1, 2].map((i) => ({ time: 1656520164 - i, session_id: 247859048 - i, ip_address: `24.34.${i}.0` })),
      },
      { date: '2024-09-30', start: '2024-09-30', end: '2024-09-30', items: [] },
    ],
    visitors: [{ date: '2024-10-29', start: '2024-10-29', end: '2024-10-29', items: [{ value: 12 }] }],
  };
  it.each(['json', 'php', 'csv', 'xml'] as const)(
    '%s: mutated bodies give decode’s outcome, lenient and strict, at every chunking',
    async (format) => {
      const body = encode(small, { format });
      await fc.assert(
        fc.asyncProperty(
          fc.nat(body.length),
          fc.nat(5),
          fc.string({ maxLength: 3 }),
          sizes,
          fc.boolean(),
          async (at, drop, insert, split, strict) => {
            const mutated = body.slice(0, at) + insert + body.slice(at + drop);
            const options = { format, strict };
            expect(await itemByItem(mutated, split, options)).toStrictEqual(whole(mutated, options));
          },
        ),
        { numRuns: Number(process.env.STREAM_FUZZ_RUNS ?? 600) },
      );
    },
    120_000,
  );
});

const visitors = (n: number, date = '2024-10-29') => ({
  'visitors-list': [
    {
      date,
      start: date,
      end: date,
      items: Array.from({ length: n }, (_, i) => ({ time: 1656520164 - i, session_id: i + 1, ip_address: '1.2.3.4' })),
    },
  ],
});

/** A byte stream that counts the chunks it was asked for and whether it was cancelled. */
function counted(text: string, size: number) {
  const bytes = new TextEncoder().encode(text);
  const seen = { pulls: 0, cancelled: false };
  let at = 0;
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        seen.pulls++;
        if (at >= bytes.length) return controller.close();
        controller.enqueue(bytes.slice(at, at + size));
        at += size;
      },
      cancel() {
        seen.cancelled = true;
      },
    },
    { highWaterMark: 0 },
  );
  return { stream, seen };
}

describe('decodeItems types its entries as decode types its result', () => {
  it('by the requested types, lenient unless strict', () => {
    const stream = cut('', [1]);
    type Entry<I> = I extends AsyncIterable<infer E> ? E : never;
    type ItemOfEntry<E> = E extends { kind: 'item'; item: infer I } ? I : never;
    const lenient = decodeItems(stream, { types: ['visitors', 'pages'] });
    const strict = decodeItems(stream, { types: ['visitors'], strict: true });
    expectTypeOf<Entry<typeof lenient>['type']>().toEqualTypeOf<'visitors' | 'pages'>();
    expectTypeOf<ItemOfEntry<Entry<typeof strict>>['value']>().toEqualTypeOf<number>();
    expectTypeOf<ItemOfEntry<Extract<Entry<typeof lenient>, { type: 'visitors' }>>['value']>().toEqualTypeOf<
      number | undefined
    >();
    void lenient.return();
    void strict.return();
  });

  it('names an entry by its types alone: no segments and lenient by default', () => {
    expectTypeOf<DecodedEntry<'pages'>>().toEqualTypeOf<DecodedEntry<'pages', never, false>>();
    expectTypeOf<Extract<DecodedEntry<'pages'>, { kind: 'item' }>['item']['title']>().toEqualTypeOf<
      string | undefined
    >();
  });
});

describe('decodeItems streams', () => {
  it.each(['json', 'php', 'csv'] as const)(
    '%s: reads a chunk only when the caller wants more, and a break cancels the source',
    async (format) => {
      const body = encode(visitors(3000), { format });
      const { stream, seen } = counted(body, 1024);
      let n = 0;
      for await (const e of decodeItems(stream, { format })) {
        if (e.kind === 'item') n++;
        if (n === 10) break;
      }
      // Ten items of ~60 bytes are in the first kilobytes: a few chunks read, not the body's hundreds.
      expect(seen.pulls).toBeLessThan(6);
      expect(body.length / 1024).toBeGreaterThan(60);
      expect(seen.cancelled).toBe(true);
    },
  );

  it('closing it before reading anything cancels the source too', async () => {
    const { stream, seen } = counted(encode(visitors(10), { format: 'json' }), 64);
    const items = decodeItems(stream, { format: 'json' });
    expect(await items.return()).toEqual({ done: true, value: undefined });
    expect(seen.cancelled).toBe(true);
    expect(seen.pulls).toBe(0);
  });

  it.each(['json', 'php', 'csv', 'xml'] as const)(
    '%s: a date group with no items is a group entry of its own',
    async (format) => {
      const tree = {
        ...visitors(1, '2024-10-29'),
        visitors: [{ date: '2024-10-28', start: '2024-10-28', end: '2024-10-28', items: [] }],
      };
      const entries = [];
      for await (const e of decodeItems(cut(encode(tree, { format }), [5]), { format })) entries.push(e);
      expect(entries.map((e) => `${e.kind} ${e.type} ${e.date}`)).toEqual([
        'group visitors-list 2024-10-29',
        'item visitors-list 2024-10-29',
        'group visitors 2024-10-28',
      ]);
    },
  );

  it('lists problems in `problems`, and with strict throws at the item, after the ones before it', async () => {
    const body = encode(visitors(5), { format: 'json' }).replace('"session_id":"3"', '"session_id":"soon"');
    const lenient = decodeItems(cut(body, [7]), { format: 'json', types: ['visitors-list'] });
    const ids: unknown[] = [];
    for await (const e of lenient) if (e.kind === 'item') ids.push(e.item.session_id);
    expect(ids).toEqual([1, 2, undefined, 4, 5]);
    expect(lenient.problems).toEqual([
      { path: 'visitors-list[0].items[2].session_id', expected: 'an integer', found: '"soon"' },
      { path: 'visitors-list[0].items[2].session_id', expected: 'the required field session_id' },
    ]);
    const strict = decodeItems(cut(body, [7]), { format: 'json', types: ['visitors-list'], strict: true });
    const before: number[] = [];
    const error = await (async () => {
      for await (const e of strict) if (e.kind === 'item') before.push(e.item.session_id);
    })().catch((e: unknown) => e);
    expect(before).toEqual([1, 2]);
    expect(error).toBeInstanceOf(ClickyDecodeError);
    expect((error as ClickyDecodeError).path).toBe('visitors-list[0].items[2].session_id');
  });

  it('an error further on comes after the items before it, as decode reports it', async () => {
    const body = `${encode(visitors(3), { format: 'json' }).slice(0, -1)},{"error":"late"}]`;
    const seen: unknown[] = [];
    const error = await (async () => {
      for await (const e of decodeItems(cut(body, [16]), { format: 'json' })) seen.push(e.kind);
    })().catch((e: unknown) => e);
    expect(seen).toEqual(['group', 'item', 'item', 'item']);
    expect(error).toBeInstanceOf(ClickyDecodeError);
    expect(() => decode(body)).toThrow((error as Error).message);
    await expect(decodeItems(cut(encodeErrorBody(), [3])).next()).rejects.toThrow(ClickyApiError);
  });

  it('JSON members in another order than the API’s wait for their object, then come out the same', async () => {
    const body =
      '[{"dates":[{"items":[{"value":"1"}],"date":"2024-10-29"}],"type":"visitors"},' +
      '{"type":"pages","dates":[{"items":[{"title":"a"}],"date":"2024-10-28"},{"date":"2024-10-27","items":[]}]}]';
    expect(await itemByItem(body, [1], {})).toStrictEqual(whole(body, {}));
    // A layout key twice, once items are out: JSON.parse keeps the last, so it is refused rather than misread.
    const twice = '[{"type":"visitors","dates":[{"date":"2024-10-29","items":[]}],"type":"pages"}]';
    const refused = decodeItems(cut(twice, [4]));
    expect((await refused.next()).value).toMatchObject({ kind: 'group', type: 'visitors' }); // read before it
    await expect(refused.next()).rejects.toThrow(/one "type" in an object/);
  });

  it('a failing source is ClickyNetworkError, an abort ClickyAbortError (also while the caller holds items)', async () => {
    async function* broken(): AsyncGenerator<Uint8Array> {
      yield new TextEncoder().encode(encode(visitors(50), { format: 'json' }).slice(0, 700));
      throw new Error('ECONNRESET');
    }
    const reading = decodeItems(broken(), { format: 'json' });
    await expect(
      (async () => {
        for await (const _ of reading);
      })(),
    ).rejects.toThrow(ClickyNetworkError);
    const controller = new AbortController();
    const { stream, seen } = counted(encode(visitors(2000), { format: 'php' }), 4096);
    const items = decodeItems(stream, { format: 'php', signal: controller.signal });
    await items.next();
    controller.abort();
    await expect(items.next()).rejects.toThrow(ClickyAbortError);
    expect(seen.cancelled).toBe(true);
  });
});

describe('flat memory', () => {
  // The child decodes a 20,000-visitor answer twice in three formats, collecting garbage often: slow by nature.
  const FLAT_HEAP_BUDGET_MS = 240_000;

  it(
    'the heap stays flat while a 20,000-visitor body is iterated: far below what decodeStream’s result holds',
    async () => {
      const run = await promisify(execFile)(
        process.execPath,
        ['--expose-gc', '--import', 'tsx', join(__dirname, 'flat-heap-probe.ts')],
        { cwd: join(__dirname, '..'), maxBuffer: 1 << 20 },
      );
      const results = run.stdout
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as { format: string; items: number; result: number; grown: number });
      expect(results.map((r) => [r.format, r.items])).toEqual([
        ['json', 20_000],
        ['php', 20_000],
        ['csv', 20_000],
      ]);
      for (const r of results) {
        // The result is some megabytes (measured 15-18 MB): a smaller figure means the measurement went wrong.
        expect(r.result).toBeGreaterThan(8e6);
        // Measured 0-0.4 MB: the unread tail, the key trees, the items in hand.
        expect(r.grown, r.format).toBeLessThan(r.result / 10);
      }
    },
    FLAT_HEAP_BUDGET_MS,
  );
});

function encodeErrorBody(): string {
  return '[{"error":"Invalid sitekey."}]';
}
