// The peak resident memory of one decode, in a process of its own (run.ts starts one per measurement, since a
// process's peak only grows). Arguments: how, the format, the body file. Plain JavaScript on the built package
// (dist/, which `pnpm bench` builds first): a TypeScript loader would add its own thread and heap, about 35 MB
// that no user's process carries, to every figure.
//   whole: the body read from its file as one string and decoded; the result kept to the end.
//   stream: the body streamed from its file in 16 KB chunks through decodeStream; the result kept to the end.
//   items: the body streamed in 16 KB chunks through decodeItems, each item counted and dropped (what a caller
//   that stores or forwards items one by one does).
// It prints one JSON line: the peak and the resident memory at the start, in MB.
import { createReadStream, readFileSync } from 'node:fs';
import { decode, decodeItems, decodeStream, encode } from '../dist/index.js';

const [what, format, file] = process.argv.slice(2);

// Warm the code on a small body, so compiled code is not billed to the decode.
const day = { date: '2024-10-29', start: '2024-10-29', end: '2024-10-29', items: [{ value: 1 }] };
decode(encode({ visitors: [day] }, { format }), { format });

const startMb = process.memoryUsage().rss / 1e6;
let kept;
if (what === 'whole') kept = decode(readFileSync(file, 'utf8'), { format });
else if (what === 'stream') kept = await decodeStream(createReadStream(file, { highWaterMark: 16 * 1024 }), { format });
else if (what === 'items') {
  let items = 0;
  for await (const e of decodeItems(createReadStream(file, { highWaterMark: 16 * 1024 }), { format }))
    if (e.kind === 'item') items++;
  kept = items;
} else throw new Error(`unknown measurement ${what}`);
console.log(JSON.stringify({ mb: peakMb(), startMb }));

/**
 * The peak of this program's resident memory, in MB. Linux's VmHWM is the high-water mark of the memory this
 * program mapped; maxRSS is the process's, which keeps the peak from before exec: a probe started by a bench
 * holding 150 MB reported at least 150 MB, whatever it decoded. maxRSS (kilobytes) where /proc is missing.
 */
function peakMb() {
  try {
    const hwm = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync('/proc/self/status', 'utf8'));
    if (hwm) return (Number(hwm[1]) * 1024) / 1e6;
  } catch {
    // not Linux
  }
  return (process.resourceUsage().maxRSS * 1024) / 1e6;
}
void kept;
