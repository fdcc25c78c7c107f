// What a run of `clicky archive` reads: the days from `since` to today that are not complete yet, as runs of
// consecutive days cut into windows the API accepts, newest first (as the API orders items).
import { addDays, type DateRange, splitDateRange } from '@clicky-sdk/core';

/** Every day from `start` to `end`, both included. */
export function daysBetween(start: string, end: string): string[] {
  const days: string[] = [];
  for (let d = start; d <= end; d = addDays(d, 1)) days.push(d);
  return days;
}

/** The missing days of [since, today] as windows of at most `maxDays`, newest first. */
export function missingWindows(
  since: string,
  today: string,
  complete: ReadonlySet<string>,
  maxDays: number,
): DateRange[] {
  const runs: { start: string; end: string }[] = [];
  let run: { start: string; end: string } | undefined;
  for (const day of daysBetween(since, today)) {
    if (complete.has(day)) {
      run = undefined;
      continue;
    }
    if (run === undefined) {
      run = { start: day, end: day };
      runs.push(run);
    } else run.end = day;
  }
  return runs.flatMap((r) => splitDateRange(r, maxDays)).sort((a, b) => (a.start < b.start ? 1 : -1));
}

/** The days of a window that are over (before today): only those can be marked complete. */
export function finishedDays(window: DateRange, today: string): string[] {
  return daysBetween(window.start, window.end).filter((d) => d < today);
}
