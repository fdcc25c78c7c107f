// The problems list: what a decode kept going past (a missing required field, a value it could not type, an item
// that is not an object). With `strict` the first one throws instead.
import { ClickyDecodeError, type OutputFormat, redact } from '@clicky-sdk/core';
import type { DecodeProblem } from '../result.ts';

/** Where problems go for one decode. */
export interface ProblemSink {
  readonly strict: boolean;
  readonly problems: DecodeProblem[];
}

/**
 * Text of a body in quotes for a message, its first `max` characters. Redacted before it is quoted: quoting
 * escapes the quotes of a sitekey written as JSON (`"sitekey":"..."`), which redact() would then not see.
 */
export const quoted = (text: string, max: number): string => JSON.stringify(redact(text.slice(0, max)));

/** What a body held, shortened for a message: text in quotes, numbers as written, structure by its kind. */
export function shown(v: unknown): string {
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object' && v !== null) return 'an object';
  const text = typeof v === 'string' ? quoted(v, 128) : typeof v === 'number' ? JSON.stringify(v) : String(v);
  return text.length > 64 ? `${text.slice(0, 61)}...` : text;
}

/** The problems of a decode that found none: one frozen empty list for them all. */
const NONE: readonly DecodeProblem[] = Object.freeze([]);

/**
 * The most problems one decode lists. A hostile body of tiny wrong items (`0,0,0,...`) would otherwise make the
 * list many times the body's size; past this the decode goes on and one last entry says the list was cut.
 */
export const MAX_PROBLEMS = 1000;

/** The entry that ends a list cut at MAX_PROBLEMS. */
export const MORE_PROBLEMS: DecodeProblem = Object.freeze({
  path: '(the rest of the body)',
  expected: `at most ${MAX_PROBLEMS} problems listed; further ones were not kept`,
});

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
  const listed = sink.problems.length;
  if (listed >= MAX_PROBLEMS) {
    if (listed === MAX_PROBLEMS) sink.problems.push(MORE_PROBLEMS);
    return;
  }
  sink.problems.push(
    found === undefined ? { path: redact(path), expected } : { path: redact(path), expected, found: redact(found) },
  );
}

/**
 * Puts a result's problems (frozen) on it as `problems`, a property that is not enumerable: Object.keys,
 * JSON.stringify, spreads and deep-equality checks see only the types. Clients read it there; typed code reads
 * it with problemsOf (the result's type leaves it out, so the result still reads as type -> date groups).
 */
export function fileProblems<R extends object>(result: R, problems: DecodeProblem[]): R {
  // Most decodes find nothing: they share one frozen empty list rather than freezing a list of their own.
  const value = problems.length === 0 ? NONE : Object.freeze(problems);
  Object.defineProperty(result, 'problems', { value, enumerable: false });
  return result;
}

/**
 * What a decode kept going past in the result it returned: missing required fields, values it could not type,
 * items that were not objects. Empty when the body held nothing odd, and for anything decode did not return.
 */
export function problemsOf(result: object): readonly DecodeProblem[] {
  const filed = Object.getOwnPropertyDescriptor(result, 'problems');
  return filed !== undefined && !filed.enumerable && Array.isArray(filed.value) ? filed.value : NONE;
}
