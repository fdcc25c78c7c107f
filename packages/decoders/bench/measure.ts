// Timing for the decoders bench: every case against a baseline in the same process, in interleaved rounds, each
// sample the CPU time (user and system, every thread of the process, so garbage collection is billed too) of a
// fixed number of calls, enough for the sample to last `sampleMs` however short one call is. A ratio is taken round by round against that round's baseline, and the report gives
// the median and range of those ratios, in two heap states: warm (the garbage of earlier samples still about,
// as in a long-running client) and collected (gc() before each sample; needs --expose-gc).

export interface Case {
  readonly name: string;
  readonly fn: () => unknown;
}

export interface Ratio {
  readonly name: string;
  /** Median CPU time of one call, ms. */
  readonly ms: number;
  readonly median: number;
  readonly low: number;
  readonly high: number;
}

export type HeapState = 'warm' | 'gc';

let sink: unknown;
const collect = (globalThis as { gc?: () => void }).gc;

function sample(fn: () => unknown, calls: number, state: HeapState): number {
  if (state === 'gc') collect?.();
  const start = process.cpuUsage();
  for (let i = 0; i < calls; i++) sink = fn();
  const spent = process.cpuUsage(start);
  return (spent.user + spent.system) / 1000 / calls;
}

/** CPU time a calibration sample must reach to be trusted: far above the clock's resolution and cpuUsage's cost. */
const MIN_TIMED_MS = 5;

/**
 * Calls that take about `ms` of CPU time (at least one). The count is doubled from one until a sample of that many
 * calls takes long enough to time: a single call of a few microseconds, timed alone, is mostly the timer itself.
 */
function calibrate(fn: () => unknown, ms: number): number {
  const enough = Math.min(MIN_TIMED_MS, ms / 2);
  for (let calls = 1; ; calls *= 2) {
    const each = sample(fn, calls, 'warm');
    if (each * calls >= enough) return Math.max(1, Math.round(ms / each));
  }
}

export const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 === 1
    ? (s[s.length >> 1] as number)
    : ((s[s.length / 2 - 1] as number) + (s[s.length / 2] as number)) / 2;
};

/** Ratios of `cases` to `baseline` (the first row, 1.00x), `rounds` interleaved rounds of about `sampleMs` each. */
export function ratios(
  baseline: Case,
  cases: readonly Case[],
  state: HeapState,
  options: { rounds: number; sampleMs: number },
): Ratio[] {
  const all = [baseline, ...cases];
  for (const c of all) for (let i = 0; i < 2; i++) sink = c.fn(); // warm up: compiled and shapes settled
  const calls = all.map((c) => calibrate(c.fn, options.sampleMs));
  const samples = all.map(() => [] as number[]);
  for (let r = 0; r < options.rounds; r++)
    all.forEach((c, i) => {
      samples[i]?.push(sample(c.fn, calls[i] ?? 1, state));
    });
  const base = samples[0] ?? [];
  return all.map((c, i) => {
    const rs = (samples[i] ?? []).map((t, r) => t / (base[r] ?? Number.NaN));
    return {
      name: c.name,
      ms: median(samples[i] ?? []),
      median: median(rs),
      low: Math.min(...rs),
      high: Math.max(...rs),
    };
  });
}

const fmtMs = (ms: number): string =>
  ms >= 100 ? `${ms.toFixed(0)} ms` : ms >= 1 ? `${ms.toFixed(1)} ms` : `${(ms * 1000).toFixed(1)} µs`;

/** One table: each case's time and ratio, warm and collected side by side. */
export function printRatios(title: string, warm: readonly Ratio[], collected: readonly Ratio[]): void {
  console.log(`\n${title}`);
  const width = Math.max(...warm.map((r) => r.name.length));
  console.log(`  ${''.padEnd(width)}  ${'warm heap'.padStart(30)}  ${'gc() before each sample'.padStart(30)}`);
  warm.forEach((w, i) => {
    const g = collected[i] as Ratio;
    const cell = (r: Ratio): string =>
      `${fmtMs(r.ms).padStart(9)} ${r.median.toFixed(2).padStart(6)}x (${r.low.toFixed(2)}-${r.high.toFixed(2)})`;
    console.log(`  ${w.name.padEnd(width)}  ${cell(w).padStart(30)}  ${cell(g).padStart(30)}`);
  });
  void sink;
}
