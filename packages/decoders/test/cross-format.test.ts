// The same data in any two formats decodes deep-equal: fast-check builds results from the generated tables,
// encodes each to all four formats, and decodes them back.

import type { DataType, OutputFormat } from '@clicky-sdk/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decode, decodeStream, encode } from '../src/index.ts';
import { dailyTallies, result } from './arbitraries.ts';

const FORMATS: OutputFormat[] = ['json', 'xml', 'php', 'csv'];

function chunked(text: string, size: number): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  let at = 0;
  return new ReadableStream({
    pull(controller) {
      if (at >= bytes.length) return controller.close();
      controller.enqueue(bytes.slice(at, at + size));
      at += size;
    },
  });
}

describe('cross-format equality', () => {
  it.each([false, true])('every format round-trips to the same result (custom_keys_multi_values=%s)', (multiValues) => {
    fc.assert(
      fc.property(result(multiValues), (tree) => {
        const types = Object.keys(tree) as DataType[];
        for (const format of FORMATS) {
          const body = encode(tree, { format });
          const decoded = decode(body, { format, types, multiValues });
          expect(decoded, `${format}:\n${body}`).toStrictEqual(tree);
          // and detection finds the format from the body alone
          expect(decode(body, { types, multiValues })).toStrictEqual(tree);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('CSV writes tally-only daily results as date,value lines, and reads them back', () => {
    fc.assert(
      fc.property(dailyTallies, (tree) => {
        const csv = encode(tree, { format: 'csv', daily: true });
        expect(
          csv
            .split('\n')
            .filter((l) => l && !l.startsWith('#'))
            .every((l) => /^\d{4}-\d{2}-\d{2},-?[\d.e+-]+$/.test(l)),
        ).toBe(true);
        expect(decode(csv, { format: 'csv' })).toStrictEqual(tree);
        for (const format of FORMATS)
          expect(decode(encode(tree, { format, daily: true }), { format })).toStrictEqual(tree);
      }),
      { numRuns: 100 },
    );
  });

  it('streams decode to the same result as whole bodies, whatever the chunk size', async () => {
    await fc.assert(
      fc.asyncProperty(result(false), fc.integer({ min: 1, max: 64 }), async (tree, size) => {
        for (const format of FORMATS) {
          const body = encode(tree, { format });
          expect(await decodeStream(chunked(body, size), { types: Object.keys(tree) as DataType[] })).toStrictEqual(
            tree,
          );
        }
      }),
      { numRuns: 60 },
    );
  });
});
