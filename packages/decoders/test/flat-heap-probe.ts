// Run by items.test.ts in a child process (node --expose-gc): streams one varied 20,000-visitor answer in 16 KB
// chunks through decodeItems in each format with a streaming reader, and prints the most heap in use while
// iterating (settled, sampled every 2,500 items) against the heap decodeStream's result holds for the same body.

import { settledHeap } from '../bench/settled-heap.ts';
import { variedVisitors, visitorsList } from '../bench/traffic.ts';
import { decodeItems, decodeStream, encode } from '../src/index.ts';

if ((globalThis as { gc?: unknown }).gc === undefined) throw new Error('run with --expose-gc');

async function* chunks(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

const answer = visitorsList(variedVisitors(20_000));
for (const format of ['json', 'php', 'csv'] as const) {
  // Kept as bytes (outside the heap), so the text read is the only copy of the body.
  const bytes = new TextEncoder().encode(encode(answer as never, { format }));
  // Compiled code and the readers' caches, not billed to either measurement.
  const warm = new TextEncoder().encode(encode(visitorsList(variedVisitors(50)) as never, { format }));
  await decodeStream(chunks(warm, 512), { format });
  for await (const e of decodeItems(chunks(warm, 512), { format })) void e;

  let before = await settledHeap();
  let kept: unknown = await decodeStream(chunks(bytes, 16 * 1024), { format });
  const result = (await settledHeap()) - before;
  kept = undefined;
  void kept;

  before = await settledHeap();
  let grown = 0;
  let items = 0;
  for await (const e of decodeItems(chunks(bytes, 16 * 1024), { format })) {
    if (e.kind !== 'item') continue;
    items++;
    if (items % 2500 === 0) grown = Math.max(grown, (await settledHeap()) - before);
  }
  process.stdout.write(`${JSON.stringify({ format, items, result, grown, bytes: bytes.length })}\n`);
}
