// `pnpm bench` for decoders, one process: varied visitors-lists (5,000 and 50,000 visitors, dozens of item
// shapes) in every format, a small answer, and the uniform list of earlier releases, decoded by
// @clicky-sdk/decoders and by the npm peers; every ratio is to bare JSON.parse of the same data as JSON, warm and
// with gc() before each sample. Then streaming: time against whole decoding, and, each in a process of its own,
// the heap a result retains once its body is dropped and the peak resident memory of whole and streamed decoding.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { OutputFormat } from '@clicky-sdk/core';
import { parse as csvParse } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import unserializeLocutus from 'locutus/php/var/unserialize.js';
import Papa from 'papaparse';
import { unserialize as phpSerializeUnserialize } from 'php-serialize';
import { decode, decodeItems, decodeStream, encode } from '../src/index.ts';
import { result as uniform } from './fixture.ts';
import { type Case, median, printRatios, ratios } from './measure.ts';
import { dailyTally, shapeCount, variedVisitors, visitorsList } from './traffic.ts';

const FORMATS = ['json', 'php', 'csv', 'xml'] as const satisfies readonly OutputFormat[];
type Bodies = Record<OutputFormat, string>;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const QUICK = process.env.BENCH_QUICK === '1';
/** BENCH_ONLY=time,small,stream,memory runs only those parts (all by default). */
const ONLY = new Set((process.env.BENCH_ONLY ?? 'time,small,stream,memory').split(','));
/** Set in the process of its own that measures the small answer alone (see below). */
const SMALL_ALONE = process.env.BENCH_SMALL_ALONE === '1';

const bodiesOf = (result: object): Bodies =>
  Object.fromEntries(FORMATS.map((f) => [f, encode(result as never, { format: f })])) as Bodies;
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const mb = (s: string): string => `${(utf8(s).length / 1e6).toFixed(2)} MB`;

// phpunserialize is a UMD bundle whose module.exports is the function itself.
const phpUnserialize = createRequire(import.meta.url)('phpunserialize') as (text: string) => unknown;
const fxpTuned = new XMLParser({
  ignoreAttributes: false,
  parseTagValue: false,
  trimValues: false,
  processEntities: false,
  ignoreDeclaration: true,
});

const ours = (b: Bodies): Case[] =>
  FORMATS.map((f) => ({ name: `${f}: decoders.decode`, fn: () => decode(b[f], { format: f }) }));
const peers = (b: Bodies, slow: boolean): Case[] => [
  { name: 'php: phpunserialize', fn: () => phpUnserialize(b.php) },
  ...(slow
    ? [
        { name: 'php: php-serialize', fn: () => phpSerializeUnserialize(b.php) },
        { name: 'php: locutus unserialize', fn: () => unserializeLocutus(b.php) },
        { name: 'csv: papaparse (arrays, untyped)', fn: () => Papa.parse(b.csv) },
        { name: 'csv: csv-parse (arrays, untyped)', fn: () => csvParse(b.csv, { relax_column_count: true }) },
        { name: 'xml: fast-xml-parser (tuned)', fn: () => fxpTuned.parse(b.xml) },
      ]
    : []),
];

function table(title: string, b: Bodies, cases: Case[], sampleMs: number, rounds = ROUNDS): void {
  const baseline: Case = { name: 'JSON.parse (baseline)', fn: () => JSON.parse(b.json) };
  const options = { rounds, sampleMs };
  printRatios(title, ratios(baseline, cases, 'warm', options), ratios(baseline, cases, 'gc', options));
}

// The small answer is timed in a process of its own that never builds the large bodies: after them, minor
// collections in PHP and CSV decoding take milliseconds each and swamp a 3 us decode (ranges of 0.5-6.7x).
const tally = bodiesOf(dailyTally());
if (SMALL_ALONE) {
  table('small answer: visitors for 7 days, daily (< 1 KB)', tally, ours(tally), 60, Math.max(ROUNDS, 15));
  process.exit(0);
}

const varied5k = variedVisitors(5000);
const varied50k = variedVisitors(50000);
const v5 = bodiesOf(visitorsList(varied5k));
const v50 = bodiesOf(visitorsList(varied50k));
const flat = bodiesOf(uniform);
console.log(
  `varied traffic: ${shapeCount(varied5k)} item shapes in 5,000 visitors, ${shapeCount(varied50k)} in 50,000`,
);
for (const f of FORMATS)
  console.log(
    `  ${f.padEnd(4)} 5,000: ${mb(v5[f]).padStart(8)}   50,000: ${mb(v50[f]).padStart(9)}   small: ${utf8(tally[f]).length} B`,
  );
console.log('ratio: median (range) over the rounds of CPU time per call / JSON.parse of the same data as JSON');

if (ONLY.has('time')) {
  table('varied traffic, 5,000 visitors', v5, [...ours(v5), ...peers(v5, !QUICK)], 120);
  table('varied traffic, 50,000 visitors', v50, [...ours(v50), ...peers(v50, false)], 300, Math.min(ROUNDS, 5));
  table('uniform: 5,000 identical-shape visitors, every field filled', flat, ours(flat), 120);
}
if (ONLY.has('small')) {
  const args = ['--expose-gc', '--import', 'tsx', import.meta.filename];
  const env = { ...process.env, BENCH_SMALL_ALONE: '1' };
  const { stdout } = await promisify(execFile)(process.execPath, args, { env, maxBuffer: 1 << 20 });
  process.stdout.write(`\n(in a process of its own)${stdout}`);
}

// Streaming: the 50,000-visitor bodies as UTF-8 bytes in 16 KB chunks, against the same bytes decoded as text
// whole (TextDecoder, then decode), in turns; ratio of CPU times.
async function* chunked(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}
async function cpuOf(run: () => unknown): Promise<number> {
  (globalThis as { gc?: () => void }).gc?.();
  const start = process.cpuUsage();
  await run();
  const spent = process.cpuUsage(start);
  return (spent.user + spent.system) / 1000;
}
if (ONLY.has('stream')) {
  console.log('\nstreaming 50,000 visitors in 16 KB chunks: CPU time against whole decoding of the same bytes');
  console.log('  (decodeStream, and decodeItems with each entry dropped as it comes)');
  for (const f of FORMATS) {
    const bytes = utf8(v50[f]);
    const whole = () => decode(new TextDecoder().decode(bytes), { format: f });
    const streamed = () => decodeStream(chunked(bytes, 16 * 1024), { format: f });
    const items = async () => {
      for await (const e of decodeItems(chunked(bytes, 16 * 1024), { format: f })) void e;
    };
    await cpuOf(whole);
    await cpuOf(streamed);
    await cpuOf(items);
    const rs: number[] = [];
    const is: number[] = [];
    let wholeMs = 0;
    for (let r = 0; r < Math.min(ROUNDS, 5); r++) {
      const w = await cpuOf(whole);
      rs.push((await cpuOf(streamed)) / w);
      is.push((await cpuOf(items)) / w);
      wholeMs += w;
    }
    const range = (xs: number[]): string =>
      `${median(xs).toFixed(2)}x (${Math.min(...xs).toFixed(2)}-${Math.max(...xs).toFixed(2)})`;
    console.log(
      `  ${f.padEnd(4)} whole ${(wholeMs / rs.length).toFixed(0).padStart(5)} ms   streamed ${range(rs)}   items ${range(is)}`,
    );
  }
}

// Memory, each figure from a process of its own reading the body from a file.
if (ONLY.has('memory')) {
  const dir = mkdtempSync(join(tmpdir(), 'decoders-bench-'));
  try {
    const files = Object.fromEntries(
      FORMATS.map((f) => {
        const file = join(dir, `visitors.${f}`);
        writeFileSync(file, v50[f]);
        return [f, file];
      }),
    ) as Record<OutputFormat, string>;
    const lastLine = (stdout: string): { mb: number; startMb: number } =>
      JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as { mb: number; startMb: number };
    const retained = async (format: string, file: string): Promise<number> => {
      const probe = join(import.meta.dirname, 'memory.ts');
      const args = ['--expose-gc', '--import', 'tsx', probe, format, file];
      return lastLine((await promisify(execFile)(process.execPath, args, { maxBuffer: 1 << 20 })).stdout).mb;
    };
    // On the built package, in plain JavaScript: see peak-rss.mjs.
    const peak = async (what: string, format: string, file: string): Promise<{ mb: number; startMb: number }> => {
      const probe = join(import.meta.dirname, 'peak-rss.mjs');
      return lastLine(
        (await promisify(execFile)(process.execPath, [probe, what, format, file], { maxBuffer: 1 << 20 })).stdout,
      );
    };
    console.log('\nmemory, 50,000 visitors (each figure from a process of its own)');
    const rawJson = await retained('raw', files.json);
    const jsonPath = await retained('json', files.json);
    console.log(`  heap a result retains once the body is dropped: JSON.parse alone ${rawJson.toFixed(1)} MB`);
    for (const f of FORMATS) {
      const held = f === 'json' ? jsonPath : await retained(f, files[f]);
      console.log(
        `    ${f.padEnd(4)} ${held.toFixed(1).padStart(6)} MB  ${(held / jsonPath).toFixed(2)}x the json path's`,
      );
    }
    console.log('  peak resident memory of a process (built package, plain node) reading the body from a file: whole');
    console.log('  string; streamed in 16 KB chunks (decodeStream, result kept); streamed item by item (decodeItems,');
    console.log('  each item counted and dropped). Ratios to whole; in brackets, the growth over the process at start');
    for (const f of FORMATS) {
      const whole = await peak('whole', f, files[f]);
      const streamed = await peak('stream', f, files[f]);
      const items = await peak('items', f, files[f]);
      const ratio = (m: { mb: number; startMb: number }): string =>
        `${(m.mb / whole.mb).toFixed(2)}x (${((m.mb - m.startMb) / (whole.mb - whole.startMb)).toFixed(2)}x)`;
      console.log(
        `    ${f.padEnd(4)} whole ${whole.mb.toFixed(0).padStart(4)} MB   streamed ${streamed.mb.toFixed(0).padStart(4)} MB ${ratio(streamed)}   items ${items.mb.toFixed(0).padStart(4)} MB ${ratio(items)}`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
