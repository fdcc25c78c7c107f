// Run by limits.test.ts in a child process (node --expose-gc): decodes one varied 20,000-visitor answer in each
// format, whole and streamed, drops the body, and prints how much heap the result alone still holds. A result
// whose strings are views into the body keeps the whole body text alive, which shows as a much larger figure.

import { variedVisitors, visitorsList } from '../bench/traffic.ts';
import { decode, decodeStream, encode } from '../src/index.ts';

const gc = (globalThis as { gc?: () => void }).gc;
if (gc === undefined) throw new Error('run with --expose-gc');

/** Collects garbage until the heap stops shrinking: V8 frees swept pages lazily, so one gc() is not enough. */
async function settled(): Promise<number> {
  let used = Number.POSITIVE_INFINITY;
  for (let round = 0; round < 6; round++) {
    gc?.();
    await new Promise((resolve) => setTimeout(resolve, 10));
    const now = process.memoryUsage().heapUsed;
    if (now >= used) break;
    used = now;
  }
  return used;
}

async function* chunks(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

const answer = visitorsList(variedVisitors(20_000));
for (const format of ['json', 'xml', 'php', 'csv'] as const) {
  // Kept as bytes (outside the heap), so each run decodes a body string nobody else holds.
  const bytes = new TextEncoder().encode(encode(answer as never, { format }));
  for (const streamed of [false, true]) {
    decode(encode(visitorsList(variedVisitors(50)) as never, { format }), { format }); // compiled code, not billed
    const before = await settled();
    let body: string | undefined = streamed ? undefined : new TextDecoder().decode(bytes);
    let kept: unknown =
      body === undefined ? await decodeStream(chunks(bytes, 16 * 1024), { format }) : decode(body, { format });
    body = undefined;
    const held = (await settled()) - before;
    process.stdout.write(`${JSON.stringify({ format, streamed, held, bytes: bytes.length })}\n`);
    kept = undefined;
    void kept;
  }
}
