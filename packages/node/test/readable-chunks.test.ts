// The body iterator the undici transport hands the engine: the same chunks as Node's own stream iterator, at any
// chunking and pace, with its failures (an error, a close before the end) and its early stop.
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readableChunks } from '../src/readable-chunks.ts';

const collect = async (body: AsyncIterable<Uint8Array>): Promise<string> => {
  let text = '';
  for await (const chunk of body) text += Buffer.from(chunk).toString('latin1');
  return text;
};

describe('readableChunks', () => {
  it('gives every chunk in order, whether they arrive at once or one by one, read slowly or fast', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.string({ minLength: 1, maxLength: 20 }), { maxLength: 60 }),
        fc.boolean(),
        fc.boolean(),
        async (parts, spread, slowReader) => {
          const stream = new Readable({ read() {} });
          if (!spread) {
            for (const p of parts) stream.push(Buffer.from(p, 'latin1'));
            stream.push(null);
          } else {
            void (async () => {
              for (const p of parts) {
                await new Promise((r) => setImmediate(r));
                stream.push(Buffer.from(p, 'latin1'));
              }
              stream.push(null);
            })();
          }
          let text = '';
          for await (const chunk of readableChunks(stream)) {
            if (slowReader) await new Promise((r) => setImmediate(r));
            text += Buffer.from(chunk).toString('latin1');
          }
          expect(text).toBe(parts.join(''));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('holds few chunks when the reader is slow: the stream is paused, then resumed', async () => {
    const stream = new Readable({ read() {} });
    for (let i = 0; i < 100; i++) stream.push(Buffer.from([i]));
    stream.push(null);
    const it = readableChunks(stream)[Symbol.asyncIterator]();
    const first = await it.next();
    expect([...(first.value as Uint8Array)]).toEqual([0]);
    await new Promise((r) => setImmediate(r));
    expect(stream.isPaused()).toBe(true);
    const rest: number[] = [];
    for (let next = await it.next(); !next.done; next = await it.next()) rest.push(...next.value);
    expect(rest).toEqual(Array.from({ length: 99 }, (_, i) => i + 1));
  });

  it("throws the stream's error, after the chunks that came before it", async () => {
    const stream = new Readable({ read() {} });
    stream.push(Buffer.from('ab'));
    setImmediate(() => stream.destroy(new Error('connection reset')));
    const seen: string[] = [];
    const error = await (async () => {
      for await (const chunk of readableChunks(stream)) seen.push(Buffer.from(chunk).toString());
    })().catch((e: unknown) => e);
    expect(seen).toEqual(['ab']);
    expect((error as Error).message).toBe('connection reset');
  });

  it('fails a stream closed before its end, as Node does', async () => {
    const stream = new Readable({ read() {} });
    stream.push(Buffer.from('ab'));
    setImmediate(() => stream.destroy());
    await expect(collect(readableChunks(stream))).rejects.toThrow('closed before its end');
  });

  it('destroys the stream when the reader stops early, and an error after that ends nothing', async () => {
    const stream = new Readable({ read() {} });
    stream.push(Buffer.from('ab'));
    stream.push(Buffer.from('cd'));
    for await (const _ of readableChunks(stream)) break;
    expect(stream.destroyed).toBe(true);
    const late = new Readable({ read() {} });
    late.push(Buffer.from('x'));
    for await (const _ of readableChunks(late)) break;
    late.emit('error', new Error('late'));
    expect(late.destroyed).toBe(true);
  });

  it('ends at once on an empty stream', async () => {
    const stream = new Readable({ read() {} });
    stream.push(null);
    expect(await collect(readableChunks(stream))).toBe('');
  });
});
