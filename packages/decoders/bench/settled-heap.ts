// The heap in use once garbage is collected, for the memory measurements of the bench and the tests (processes
// started with --expose-gc).

const gc = (globalThis as { gc?: () => void }).gc;

/** Collects garbage until the heap stops shrinking: V8 frees swept pages lazily, so one gc() is not enough. */
export async function settledHeap(): Promise<number> {
  if (gc === undefined) throw new Error('run with --expose-gc');
  let used = Number.POSITIVE_INFINITY;
  for (let round = 0; round < 6; round++) {
    gc();
    await new Promise((resolve) => setTimeout(resolve, 10));
    const now = process.memoryUsage().heapUsed;
    if (now >= used) break;
    used = now;
  }
  return used;
}
