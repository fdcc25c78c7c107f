// The problems list: what a decode kept going past (a missing required field, a value it could not type, an item
// that is not an object). With `strict` the first one throws instead.
import { ClickyDecodeError, type OutputFormat, redact } from '@clicky-sdk/core';
import type { DecodeProblem } from '../result.ts';

/** Where problems go for one decode. */
export interface ProblemSink {
  readonly strict: boolean;
  readonly problems: DecodeProblem[];
}

/** What a body held, shortened for a message: text in quotes, numbers as written, structure by its kind. */
export function shown(v: unknown): string {
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object' && v !== null) return 'an object';
  const text = typeof v === 'number' || typeof v === 'string' ? JSON.stringify(v) : String(v);
  return text.length > 64 ? `${text.slice(0, 61)}...` : text;
}

/** Records a problem at `path`, or with `strict` throws it as a ClickyDecodeError. `found` is already shown. */
export function report(
  sink: ProblemSink,
  format: OutputFormat,
  path: string,
  expected: string,
  found?: string | undefined,
): void {
  if (sink.strict)
    throw new ClickyDecodeError(format, found === undefined ? expected : `${expected}, got ${found}`, { path });
  sink.problems.push(
    found === undefined ? { path: redact(path), expected } : { path: redact(path), expected, found: redact(found) },
  );
}

/** Each decoded result's problems, kept beside it rather than in it, so the result stays plain data. */
const listed = new WeakMap<object, readonly DecodeProblem[]>();

/** Files a result's problems (frozen) for problemsOf. */
export function fileProblems<R extends object>(result: R, problems: DecodeProblem[]): R {
  listed.set(result, Object.freeze(problems));
  return result;
}

/**
 * What a decode kept going past in the result it returned: missing required fields, values it could not type,
 * items that were not objects. Empty when the body held nothing odd, and for anything decode did not return.
 */
export function problemsOf(result: object): readonly DecodeProblem[] {
  return listed.get(result) ?? NONE;
}

const NONE: readonly DecodeProblem[] = Object.freeze([]);
