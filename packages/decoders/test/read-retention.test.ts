// A streamed body's chunks are let go once read: reading a long body through decodeItems, or decodeStream with a
// signal, holds about one chunk of bytes at a time, not every chunk read so far. (Racing each read against the
// stop or the abort with Promise.race kept every chunk alive until the end: 50 MB held for a 50 MB body.)
import { describe, expect, it } from 'vitest';
import { decodeItems, decodeStream } from '../src/index.ts';

/** Present with --expose-gc (vitest.config.ts passes it). */
const gc = (globalThis as { gc?: () => void }).gc;

const CHUNKS = 400;
const CHUNK_BYTES = 64 * 1024;

/**
 * A JSON body of one date group whose items are each followed by white space, so the result stays tiny while the
 * bytes add up to 25 MB. Before its last chunk it records the bytes held in ArrayBuffers, with the garbage
 * collected, against what was held after its second chunk.
 */
function body(held: { early: number; late: number }): AsyncGenerator<Uint8Array> {
  const encoder = new TextEncoder();
  const pad = ' '.repeat(CHUNK_BYTES - 16);
  const measure = (): number => {
    gc?.();
    return process.memoryUsage().arrayBuffers;
  };
  return (async function* () {
    yield encoder.encode('[{"type":"visitors","dates":[{"date":"2024-10-29","items":[');
    for (let i = 0; i < CHUNKS; i++) {
      if (i === 2) held.early = measure();
      if (i === CHUNKS - 1) held.late = measure();
      yield encoder.encode(`${i === 0 ? '' : ','}{"value":"${i % 10}"}${pad}`);
    }
    yield encoder.encode(']}]}]');
  })();
}

describe.skipIf(gc === undefined)('chunks are let go once read', () => {
  it('decodeItems holds about one chunk, however many were read', async () => {
    const held = { early: 0, late: 0 };
    let items = 0;
    for await (const e of decodeItems(body(held), { format: 'json' })) if (e.kind === 'item') items++;
    expect(items).toBe(CHUNKS);
    // 25 MB went through; a few chunks in hand at most.
    expect(held.late - held.early).toBeLessThan(2 * 1024 * 1024);
  });

  it('decodeStream with a signal too', async () => {
    const held = { early: 0, late: 0 };
    const result = await decodeStream(body(held), { format: 'json', signal: new AbortController().signal });
    expect(result.visitors?.[0]?.items).toHaveLength(CHUNKS);
    expect(held.late - held.early).toBeLessThan(2 * 1024 * 1024);
  });
});
