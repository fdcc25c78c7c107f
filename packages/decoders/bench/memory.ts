// One memory measurement of the decoders bench, in a process of its own (run.ts starts one per measurement, with
// --expose-gc, since a process's peak memory only grows). Arguments: what to measure, the format, the body file.
//   retain: heap still used once a result is decoded and the body dropped, against the heap before (MB).
//   whole / stream: peak resident memory (MB) while the body is read from its file and decoded, whole (read as
//   one string) or streamed (read in 16 KB chunks); the result is kept to the end either way.
// It prints one JSON line.
import { createReadStream, readFileSync } from 'node:fs';
import type { OutputFormat } from '@clicky-sdk/core';
import { decode, decodeStream, encode } from '../src/index.ts';
import { settledHeap } from './settled-heap.ts';
import { dailyTally } from './traffic.ts';

const [what, format, file] = process.argv.slice(2) as ['retain' | 'whole' | 'stream', OutputFormat | 'raw', string];
if ((globalThis as { gc?: unknown }).gc === undefined) throw new Error('run with --expose-gc');

const decodeText = (text: string): unknown => (format === 'raw' ? JSON.parse(text) : decode(text, { format }));
// Warm the code on a small part of the work, so compiled code is not billed to the result.
const warmFormat = format === 'raw' ? 'json' : format;
decode(encode(dailyTally(), { format: warmFormat }), { format: warmFormat });

let kept: unknown;
if (what === 'retain') {
  const before = await settledHeap();
  let body: string | undefined = readFileSync(file, 'utf8');
  kept = decodeText(body);
  body = undefined;
  const after = await settledHeap();
  console.log(JSON.stringify({ mb: (after - before) / 1e6 }));
} else {
  const rssBefore = process.memoryUsage().rss;
  if (what === 'whole') kept = decodeText(readFileSync(file, 'utf8'));
  else
    kept = await decodeStream(createReadStream(file, { highWaterMark: 16 * 1024 }), { format: format as OutputFormat });
  // maxRSS is in kilobytes.
  console.log(JSON.stringify({ mb: (process.resourceUsage().maxRSS * 1024) / 1e6, startMb: rssBefore / 1e6 }));
}
void kept;
