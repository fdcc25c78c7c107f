// In-process benchmarks: every case runs in the same process as its baseline, in interleaved rounds, and the
// report gives the median time per operation and the ratio to the baseline.

export interface BenchCase {
  readonly name: string;
  readonly fn: () => unknown;
  /** Bytes one call processes, for MB/s. */
  readonly bytes?: number;
}

export interface BenchResult {
  readonly name: string;
  readonly nsPerOp: number;
  readonly ratio: number;
  readonly mbPerSec: number | undefined;
}

let sink: unknown;

/** With --expose-gc, every round starts from a clean heap, so one case's garbage is not billed to the next. */
const collect = (globalThis as { gc?: () => void }).gc;

function timeRound(fn: () => unknown, iterations: number): number {
  collect?.();
  const start = performance.now();
  for (let i = 0; i < iterations; i++) sink = fn();
  return ((performance.now() - start) * 1e6) / iterations;
}

function calibrate(fn: () => unknown, targetMs: number): number {
  let n = 1;
  for (;;) {
    const start = performance.now();
    for (let i = 0; i < n; i++) sink = fn();
    const ms = performance.now() - start;
    if (ms >= targetMs / 4 || n >= 1 << 24) return Math.max(1, Math.round((n * targetMs) / Math.max(ms, 0.001)));
    n *= 4;
  }
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
};

/** Runs `baseline` and `cases` in interleaved rounds (so drift hits all alike) and returns medians and ratios. */
export function compare(
  baseline: BenchCase,
  cases: readonly BenchCase[],
  options: { rounds?: number; roundMs?: number } = {},
): BenchResult[] {
  const rounds = options.rounds ?? Number(process.env.BENCH_ROUNDS ?? 7);
  const roundMs = options.roundMs ?? Number(process.env.BENCH_ROUND_MS ?? 150);
  const all = [baseline, ...cases];
  const iterations = all.map((c) => calibrate(c.fn, roundMs));
  const samples = all.map(() => [] as number[]);
  for (let r = 0; r < rounds; r++) {
    for (const [i, c] of all.entries()) samples[i]?.push(timeRound(c.fn, iterations[i] ?? 1));
  }
  const base = median(samples[0] ?? []);
  return all.map((c, i) => {
    const ns = median(samples[i] ?? []);
    return {
      name: c.name,
      nsPerOp: ns,
      ratio: ns / base,
      mbPerSec: c.bytes === undefined ? undefined : c.bytes / 1e6 / (ns / 1e9),
    };
  });
}

const fmtTime = (ns: number): string =>
  ns >= 1e6 ? `${(ns / 1e6).toFixed(2)} ms` : ns >= 1e3 ? `${(ns / 1e3).toFixed(2)} µs` : `${ns.toFixed(0)} ns`;

/** Prints a table of results; the first row is the baseline (ratio 1.00x). */
export function printResults(title: string, results: readonly BenchResult[]): void {
  console.log(`\n${title}`);
  const width = Math.max(...results.map((r) => r.name.length));
  for (const r of results) {
    const mb = r.mbPerSec === undefined ? '' : `  ${r.mbPerSec.toFixed(1).padStart(8)} MB/s`;
    console.log(
      `  ${r.name.padEnd(width)}  ${fmtTime(r.nsPerOp).padStart(10)}/op${mb}  ${r.ratio.toFixed(2).padStart(6)}x`,
    );
  }
  void sink;
}
