// Streaming: JSON, PHP and CSV bodies are read as their chunks arrive, without holding the whole text.
import { ClickyApiError, ClickyDecodeError, ClickyParamError } from '@clicky-sdk/core';
import { describe, expect, it } from 'vitest';
import { codecOptions } from '../src/decode.ts';
import { jsonCodec } from '../src/formats/json/index.ts';
import { phpCodec } from '../src/formats/php/index.ts';
import {
  type ByteStream,
  type CodecOptions,
  decode,
  decodeItems,
  decodeStream,
  encode,
  encodeError,
  problemsOf,
} from '../src/index.ts';

const options = (): CodecOptions => codecOptions({});

const item = (i: number): Record<string, unknown> => ({
  time: 1656520164 - i,
  session_id: 247859048 - i,
  ip_address: `24.34.${i % 256}.0`,
  geolocation: 'Zürich, Switzerland',
  custom: { username: `user${i}` },
});
const big = {
  'visitors-list': [
    {
      date: '2024-10-29',
      start: '2024-10-29',
      end: '2024-10-29',
      items: Array.from({ length: 5000 }, (_, i) => item(i)),
    },
  ],
};

function chunksOf(text: string, size: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size));
  return out;
}

async function* bytes(text: string, size: number): AsyncGenerator<Uint8Array> {
  const all = new TextEncoder().encode(text);
  for (let i = 0; i < all.length; i += size) yield all.slice(i, i + size);
}

describe('PHP streaming', () => {
  it('holds only a small tail of a 5,000-visitor body while reading it', () => {
    const body = encode(big, { format: 'php' });
    const reader = phpCodec.reader!(options());
    for (const chunk of chunksOf(body, 16 * 1024)) reader.push(chunk);
    expect(reader.end()).toStrictEqual(decode(body));
    expect(reader.maxHeld).toBeLessThan(body.length / 20);
  });

  it('decodes a stream to the same result as the whole body', async () => {
    const body = encode(big, { format: 'php' });
    expect(await decodeStream(bytes(body, 4096), { types: ['visitors-list'] })).toStrictEqual(
      decode(body, { types: ['visitors-list'] }),
    );
  });

  it('gives the API error of a streamed error body, and refuses a stream that stops early', async () => {
    await expect(decodeStream(bytes(encodeError('Invalid sitekey.', 'php'), 3))).rejects.toThrow(ClickyApiError);
    const body = encode(big, { format: 'php' });
    await expect(decodeStream(bytes(body.slice(0, body.length - 100), 1000), { format: 'php' })).rejects.toThrow(
      ClickyDecodeError,
    );
    await expect(decodeStream(bytes(`${body}junk`, 1000), { format: 'php' })).rejects.toThrow(ClickyDecodeError);
  });
});

describe('CSV streaming', () => {
  it('decodes a stream to the same result as the whole body', async () => {
    const body = encode(big, { format: 'csv' });
    expect(await decodeStream(bytes(body, 777), { types: ['visitors-list'] })).toStrictEqual(
      decode(body, { types: ['visitors-list'] }),
    );
  });
});

describe('JSON streaming', () => {
  it('holds only a small tail of a 5,000-visitor body while reading it', () => {
    const body = encode(big, { format: 'json' });
    const reader = jsonCodec.reader!(options());
    for (const chunk of chunksOf(body, 16 * 1024)) reader.push(chunk);
    expect(reader.end()).toStrictEqual(decode(body));
    expect(reader.maxHeld).toBeLessThan(body.length / 20);
  });

  it('decodes a stream to the same result as the whole body', async () => {
    const body = encode(big, { format: 'json' });
    expect(await decodeStream(bytes(body, 3000), { types: ['visitors-list'] })).toStrictEqual(
      decode(body, { types: ['visitors-list'] }),
    );
  });

  it('reads keys in any order, skips keys it does not know, and keeps white space out of the way', async () => {
    const body =
      ' [ {"extra": {"a": [1, "]"]}, "dates" : [ {"items": [ {"value":"3"} ], "date": "2024-10-29", "more": null } ], "type": "visitors" } ] ';
    for (const size of [1, 2, 5, 1000]) {
      expect(await decodeStream(bytes(body, size))).toStrictEqual({
        visitors: [{ date: '2024-10-29', start: '2024-10-29', end: '2024-10-29', items: [{ value: 3 }] }],
      });
    }
  });

  it('gives API errors, reads JSONP whole, and refuses broken or unfinished bodies', async () => {
    await expect(decodeStream(bytes('[{"error":"Invalid sitekey."}]', 4))).rejects.toThrow(ClickyApiError);
    await expect(decodeStream(bytes('{"error":"Invalid sitekey."}', 4))).rejects.toThrow(ClickyApiError);
    const json = '[{"type":"visitors","dates":[{"date":"2024-10-29","items":[{"value":"1"}]}]}]';
    expect(await decodeStream(bytes(`cb(${json});`, 3))).toStrictEqual(decode(json));
    for (const broken of [
      json.slice(0, -2),
      `${json} x`,
      json.replace('{"value"', '{value'),
      json.replace(':[{"date"', ':{"date"'),
      `[${'['.repeat(100)}`,
    ]) {
      await expect(decodeStream(bytes(broken, 7), { format: 'json' })).rejects.toThrow(ClickyDecodeError);
    }
    // JSON.parse does not recurse, so JSON nesting is not capped: deep is refused (not an item) as a whole body is.
    const deep = `[{"type":"pages","dates":[{"date":"2024-10-29","items":[${'['.repeat(70)}${']'.repeat(70)}]}]}]`;
    const streamed = await decodeStream(bytes(deep, 50), { format: 'json' });
    expect(streamed).toStrictEqual(decode(deep));
    expect(problemsOf(streamed)).toEqual([{ path: 'pages[0].items[0]', expected: 'an item object', found: 'a list' }]);
  });
});

describe('streams agree with whole bodies, even on broken input', () => {
  /** The answer a decode gave: its result and problems, the API's message, or that the body was refused. */
  const outcome = async (run: () => unknown): Promise<unknown> => {
    try {
      const r = await run();
      return { ok: r, problems: problemsOf(r as object) };
    } catch (e) {
      if (e instanceof ClickyApiError) return { api: e.apiMessage };
      if (e instanceof ClickyDecodeError) return { refused: true };
      throw e;
    }
  };
  it.each(['json', 'php', 'csv', 'xml'] as const)(
    '%s: 1,500 mutated bodies give the same outcome streamed and whole',
    async (format) => {
      const { default: fc } = await import('fast-check');
      const small = {
        'visitors-list': [
          {
            date: '2024-10-01,2024-10-31',
            start: '2024-10-01',
            end: '2024-10-31',
            items: Array.from({ length: 4 }, (_, i) => item(i)),
          },
        ],
        visitors: [{ date: '2024-10-29', start: '2024-10-29', end: '2024-10-29', items: [{ value: 12 }] }],
      };
      const body = encode(small, { format });
      await fc.assert(
        fc.asyncProperty(
          fc.nat(body.length),
          fc.nat(40),
          fc.string({ maxLength: 3 }),
          fc.integer({ min: 1, max: 50 }),
          async (at, cut, insert, size) => {
            const mutated = body.slice(0, at) + insert + body.slice(at + (cut % 5));
            const whole = await outcome(() => decode(mutated, { format }));
            const streamed = await outcome(() => decodeStream(bytes(mutated, size), { format }));
            expect(streamed).toStrictEqual(whole);
          },
        ),
        { numRuns: Number(process.env.STREAM_FUZZ_RUNS ?? 1500) },
      );
    },
    120_000,
  );
});

describe('a source that is not a byte stream', () => {
  const body = '[{"type":"visitors","dates":[]}]';
  async function* text(): AsyncGenerator<string> {
    yield body; // a Node stream given an encoding hands out strings
  }
  const failure = async (read: () => Promise<unknown>): Promise<unknown> => read().catch((e: unknown) => e);
  const drain = async (stream: ByteStream): Promise<void> => {
    for await (const _ of decodeItems(stream)) {
      // only the error matters
    }
  };

  it.each([
    [
      'text chunks',
      () => text() as unknown as ByteStream,
      'Invalid stream: chunks must be bytes (Uint8Array), not text or other values',
    ],
    [
      'null',
      () => null as unknown as ByteStream,
      'Invalid stream: must be a ReadableStream or an async iterable of byte chunks',
    ],
    [
      'a string',
      () => body as unknown as ByteStream,
      'Invalid stream: must be a ReadableStream or an async iterable of byte chunks',
    ],
    [
      'a plain object',
      () => ({}) as unknown as ByteStream,
      'Invalid stream: must be a ReadableStream or an async iterable of byte chunks',
    ],
  ])('%s: ClickyParamError from decodeStream and decodeItems', async (_, source, message) => {
    for (const error of [await failure(() => decodeStream(source())), await failure(() => drain(source()))]) {
      expect(error).toBeInstanceOf(ClickyParamError);
      expect((error as ClickyParamError).message).toBe(message);
      expect((error as ClickyParamError).problems[0]?.param).toBe('stream');
    }
  });

  it('an ArrayBuffer chunk is read as bytes', async () => {
    async function* buffers(): AsyncGenerator<ArrayBuffer> {
      yield new TextEncoder().encode(body).buffer as ArrayBuffer;
    }
    expect(await decodeStream(buffers() as unknown as ByteStream)).toEqual({ visitors: [] });
  });
});
