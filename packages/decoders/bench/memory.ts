// One heap measurement of the decoders bench, in a process of its own (run.ts starts one per measurement, with
// --expose-gc). Arguments: the format (or `raw`, JSON.parse alone) and the body file. It prints the heap still
// used once a result is decoded and its body dropped, against the heap before (MB), as one JSON line. Peak
// resident memory is measured by peak-rss.mjs, on the built package.
import { readFileSync } from 'node:fs';
import type { OutputFormat } from '@clicky-sdk/core';
import { decode, encode } from '../src/index.ts';
import { settledHeap } from './settled-heap.ts';
import { dailyTally } from './traffic.ts';

const [format, file] = process.argv.slice(2) as [OutputFormat | 'raw', string];
if ((globalThis as { gc?: unknown }).gc === undefined) throw new Error('run with --expose-gc');

const decodeText = (text: string): unknown => (format === 'raw' ? JSON.parse(text) : decode(text, { format }));
// Warm the code on a small part of the work, so compiled code is not billed to the result.
const warmFormat = format === 'raw' ? 'json' : format;
decode(encode(dailyTally(), { format: warmFormat }), { format: warmFormat });

const before = await settledHeap();
let body: string | undefined = readFileSync(file, 'utf8');
let kept: unknown = decodeText(body);
body = undefined;
const after = await settledHeap();
console.log(JSON.stringify({ mb: (after - before) / 1e6 }));
kept = undefined;
void kept;
