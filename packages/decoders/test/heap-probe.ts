// Run by limits.test.ts in a child process (node --expose-gc --max-old-space-size=N): decodes each hostile or
// ordinary body of ~1 MB, whole and streamed, keeps the outcome alive and prints how much the heap grew. A body
// that needs more than the heap cap kills the process, which the test reports.
import type { OutputFormat } from '@clicky-sdk/core';
import { settledHeap } from '../bench/settled-heap.ts';
import { decode, decodeStream, encode } from '../src/index.ts';
import { HEAP_CASES } from './hostile-bodies.ts';

const visitor = (i: number): Record<string, unknown> => ({
  time: 1656520164 - i,
  session_id: 247859048 - i,
  ip_address: `24.34.${i % 256}.0`,
  geolocation: 'Zürich, Switzerland',
  custom: { username: `user${i}` },
  goals: { completed: ['Signup'], revenue: 12.5 },
});
const ordinary = (format: OutputFormat) => ({
  name: `${format}: an ordinary answer`,
  format,
  body: (): string =>
    encode(
      {
        'visitors-list': [
          {
            date: '2024-10-29',
            start: '2024-10-29',
            end: '2024-10-29',
            items: Array.from({ length: 5000 }, (_, i) => visitor(i)),
          },
        ],
      },
      { format },
    ),
});
const CASES = [...(['json', 'xml', 'php', 'csv'] as const).map(ordinary), ...HEAP_CASES];

if ((globalThis as { gc?: unknown }).gc === undefined) throw new Error('run with --expose-gc');

async function* chunks(text: string, size: number): AsyncGenerator<Uint8Array> {
  const all = new TextEncoder().encode(text);
  for (let i = 0; i < all.length; i += size) yield all.subarray(i, i + size);
}

const kept: unknown[] = [];
for (const c of CASES) {
  for (const streamed of [false, true]) {
    const body = c.body();
    const before = await settledHeap();
    process.stdout.write(`${JSON.stringify({ start: c.name, streamed })}\n`);
    try {
      kept.push(
        streamed ? await decodeStream(chunks(body, 1024), { format: c.format }) : decode(body, { format: c.format }),
      );
    } catch (e) {
      kept.push(e);
    }
    const grown = (await settledHeap()) - before;
    process.stdout.write(`${JSON.stringify({ name: c.name, streamed, bytes: body.length, grown })}\n`);
    kept.length = 0;
  }
}
