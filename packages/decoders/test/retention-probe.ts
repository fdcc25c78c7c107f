// Run by limits.test.ts in a child process (node --expose-gc): decodes one varied 20,000-visitor answer in each
// format, whole and streamed, drops the body, and prints how much heap the result alone still holds. A result
// whose strings are views into the body keeps the whole body text alive, which shows as a much larger figure.

import { settledHeap } from '../bench/settled-heap.ts';
import { variedVisitors, visitorsList } from '../bench/traffic.ts';
import { decode, decodeStream, encode } from '../src/index.ts';

if ((globalThis as { gc?: unknown }).gc === undefined) throw new Error('run with --expose-gc');

async function* chunks(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

const answer = visitorsList(variedVisitors(20_000));
for (const format of ['json', 'xml', 'php', 'csv'] as const) {
  // Kept as bytes (outside the heap), so each run decodes a body string nobody else holds.
  const bytes = new TextEncoder().encode(encode(answer as never, { format }));
  for (const streamed of [false, true]) {
    decode(encode(visitorsList(variedVisitors(50)) as never, { format }), { format }); // compiled code, not billed
    const before = await settledHeap();
    let body: string | undefined = streamed ? undefined : new TextDecoder().decode(bytes);
    let kept: unknown =
      body === undefined ? await decodeStream(chunks(bytes, 16 * 1024), { format }) : decode(body, { format });
    body = undefined;
    const held = (await settledHeap()) - before;
    process.stdout.write(`${JSON.stringify({ format, streamed, held, bytes: bytes.length })}\n`);
    kept = undefined;
    void kept;
  }
}
