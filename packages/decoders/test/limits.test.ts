// Linear time and bounded memory on hostile bodies, whole and streamed, for every format and every entry point
// that runs a pattern or a scanner over text. Time is judged as a ratio within this process (2x the input must
// take less than 3x the time, best of a few runs, measured again once before failing), never against a clock
// budget, and in this process's CPU time, which other work on a shared machine does not inflate as it does the
// wall clock; memory in a child process with a capped heap. Both are slow by nature: the budgets below say so.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

import { codecOptions } from '../src/decode.ts';
import { xmlCodec } from '../src/formats/xml/index.ts';
import {
  decode,
  decodeItems,
  decodeStream,
  detectFormat,
  formatFromContentType,
  phpUnserialize,
} from '../src/index.ts';
import { HOSTILE, type HostileCase } from './hostile-bodies.ts';

/** The larger input; the smaller is half of it. */
const N = 1 << 20;
/**
 * Below this the larger run is too short to judge on a busy machine (one garbage collection can double it). A
 * quadratic scan of 1 MB takes seconds (the JSONP pattern this suite was written for took 15 s on 4 KB).
 */
const FLOOR_MS = 40;

/** Present with --expose-gc (vitest.config.ts passes it). */
const gc = (globalThis as { gc?: () => void }).gc;

/** The CPU time (user and system, ms) this process spends on `run`. */
async function timed(run: () => unknown): Promise<number> {
  gc?.();
  const start = process.cpuUsage();
  try {
    await run();
  } catch {
    // A refusal is an outcome like any other; its time is what counts here.
  }
  const spent = process.cpuUsage(start);
  return (spent.user + spent.system) / 1000;
}

/** How much longer the double-size input takes, each the best of `times` runs taken in turns. */
async function growth(
  make: (n: number) => string,
  run: (body: string) => unknown,
  times: number,
  n: number,
): Promise<number> {
  const small = make(n / 2);
  const large = make(n);
  await timed(() => run(small)); // warm up
  await timed(() => run(large));
  let ts = Number.POSITIVE_INFINITY;
  let tl = Number.POSITIVE_INFINITY;
  for (let i = 0; i < times; i++) {
    ts = Math.min(ts, await timed(() => run(small)));
    tl = Math.min(tl, await timed(() => run(large)));
  }
  return tl < FLOOR_MS ? 1 : tl / Math.max(ts, 0.01);
}

/**
 * Doubling the input must less than triple the time; measured again once before failing. `engine`, when given,
 * is what the engine itself does with the same bodies (JSON.parse): V8 collects deeply nested structures in
 * more than linear time, and the decoder is held to adding no more than that.
 */
async function expectLinear(
  make: (n: number) => string,
  run: (body: string) => unknown,
  times: number,
  engine?: (body: string) => unknown,
  n = N,
): Promise<void> {
  const bound = async (): Promise<number> => (engine ? Math.max(3, 1.5 * (await growth(make, engine, times, n))) : 3);
  let ratio = await growth(make, run, times, n);
  let limit = await bound();
  if (ratio >= limit) {
    ratio = await growth(make, run, times, n); // once more, in case the machine was busy
    limit = await bound();
  }
  expect(ratio).toBeLessThan(limit);
}

async function* chunks(text: string, size: number): AsyncGenerator<Uint8Array> {
  const all = new TextEncoder().encode(text);
  for (let i = 0; i < all.length; i += size) yield all.subarray(i, i + size);
}

/** Every entry of a body through decodeItems, each dropped as it comes. */
async function itemByItem(body: string, format: HostileCase['format']): Promise<void> {
  for await (const e of decodeItems(chunks(body, 1024), { format })) void e;
}

// Each case decodes 1.5 MB a few times; hundreds of cases take minutes on a shared machine.
const TIMING_BUDGET_MS = 300_000;

describe('linear time on 1 MB worst cases', () => {
  it.each(HOSTILE.map((c) => [c.name, c] as const))(
    '%s: whole, streamed in 1 KB and 64 B chunks, and item by item in 1 KB chunks',
    async (_, c) => {
      const engine = c.engineBound ? (body: string) => JSON.parse(body) : undefined;
      await expectLinear(c.make, (body) => decode(body, { format: c.format }), 5, engine);
      await expectLinear(c.make, (body) => decodeStream(chunks(body, 1024), { format: c.format }), 3, engine);
      await expectLinear(c.make, (body) => decodeStream(chunks(body, 64), { format: c.format }), 3, engine);
      // XML's items come from the text gathered and decoded whole: the decodeStream runs above cover it.
      if (c.format !== 'xml') await expectLinear(c.make, (body) => itemByItem(body, c.format), 3, engine);
    },
    TIMING_BUDGET_MS,
  );

  it(
    'format detection, content types and the PHP reader on their own',
    async () => {
      await expectLinear(
        (n) => `${' '.repeat(n)}var a`,
        (body) => detectFormat(body),
        5,
      );
      await expectLinear(
        (n) => `\ufeff${' \t\r\n'.repeat(n / 4)}`,
        (body) => detectFormat(body),
        5,
      );
      // Streamed in small chunks, detection once looked at all the white space read so far at each chunk.
      await expectLinear(
        (n) => `${' '.repeat(n)}[]`,
        (body) => decodeStream(chunks(body, 64)),
        3,
      );
      await expectLinear(
        (n) => `text/${' '.repeat(n)};${';'.repeat(n)}`,
        (type) => formatFromContentType(type),
        5,
      );
      await expectLinear(
        (n) => `s:${n}:"${'é'.repeat(n / 2)}";`,
        (body) => phpUnserialize(body),
        5,
      );
      await expectLinear(
        (n) => `d:${'1'.repeat(n)};`,
        (body) => phpUnserialize(body),
        5,
      );
    },
    TIMING_BUDGET_MS,
  );
});

describe('linear time on XML worst cases streamed one character at a time', () => {
  /** A call per character: a body of 128 KB keeps the run short (its larger run still takes well over FLOOR_MS). */
  const SMALL = N / 8;
  /**
   * What the engine itself does with the same characters, one at a time: gathering them in an array already
   * grows by 2.2-2.5x as the input doubles at this size (the held array and strings outgrow the young heap), so
   * the reader is held to adding no more than that, as deep JSON is held to JSON.parse above.
   */
  const gathered = (body: string): string => {
    const parts: string[] = [];
    for (const c of body) parts.push(c);
    return parts.join('');
  };
  const byCharacter = (body: string): unknown => {
    const reader = xmlCodec.reader!(codecOptions({}));
    for (const c of body) reader.push(c);
    return reader.end();
  };
  it.each(HOSTILE.filter((c) => c.format === 'xml').map((c) => [c.name, c] as const))(
    '%s',
    async (_, c) => {
      await expectLinear(c.make, byCharacter, 3, gathered, SMALL);
    },
    TIMING_BUDGET_MS,
  );
});

describe('bounded memory', () => {
  // The child decodes ~100 bodies twice each under a 256 MB heap; starting it and the work take a while.
  const MEMORY_BUDGET_MS = 300_000;
  /**
   * The heap may grow by at most this many times the body's size, the decoded result included. The smallest
   * units decode to whole objects: a 4-byte CSV row to a ~70-byte item, a 2-byte `[]` in an unknown JSON field
   * to a ~58-byte array (29x). What this catches grows without bound: a 120 KB XML body once took 800 MB.
   */
  const MULTIPLE = 32;

  it(
    'no 1 MB body, hostile or ordinary, grows the heap by more than a small multiple of its size',
    async () => {
      const probe = join(__dirname, 'heap-probe.ts');
      let out = '';
      try {
        const run = await promisify(execFile)(
          process.execPath,
          ['--expose-gc', '--max-old-space-size=256', '--import', 'tsx', probe],
          { cwd: join(__dirname, '..'), maxBuffer: 16 << 20 },
        );
        out = run.stdout;
      } catch (e) {
        const stdout = (e as { stdout?: string }).stdout ?? '';
        const last = stdout.trim().split('\n').at(-1);
        throw new Error(`the heap probe died (out of memory?) after ${last}`, { cause: e });
      }
      const results = out
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as { name?: string; streamed: boolean; bytes: number; grown: number })
        .filter((r) => r.name !== undefined);
      expect(results.length).toBe(2 * (HOSTILE.length + 4));
      const over = results.filter((r) => r.grown > MULTIPLE * r.bytes + (1 << 20));
      expect(over).toEqual([]);
    },
    MEMORY_BUDGET_MS,
  );
});

describe('results that do not pin the body', () => {
  // The child decodes a 20,000-visitor answer eight times (every format, whole and streamed).
  const RETENTION_BUDGET_MS = 240_000;
  /**
   * Each format's result may hold at most this many times the heap of the JSON path's. Measured 1.1-1.2x; a
   * result holding views into its body keeps the body too: about 1.7x for CSV (its body is the smallest), 2.4x
   * for XML and PHP.
   */
  const MULTIPLE = 1.4;

  it(
    'a decoded result, in any format, whole or streamed, holds about what the JSON path holds once the body is dropped',
    async () => {
      const run = await promisify(execFile)(
        process.execPath,
        ['--expose-gc', '--import', 'tsx', join(__dirname, 'retention-probe.ts')],
        { cwd: join(__dirname, '..'), maxBuffer: 1 << 20 },
      );
      const results = run.stdout
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as { format: string; streamed: boolean; held: number; bytes: number });
      expect(results).toHaveLength(8);
      const json = results.find((r) => r.format === 'json' && !r.streamed)?.held ?? 0;
      // The JSON result alone is some megabytes: a smaller figure means the measurement went wrong.
      expect(json).toBeGreaterThan(4e6);
      const over = results.filter((r) => r.held > MULTIPLE * json).map((r) => ({ ...r, ratio: r.held / json }));
      expect(over).toEqual([]);
    },
    RETENTION_BUDGET_MS,
  );
});
