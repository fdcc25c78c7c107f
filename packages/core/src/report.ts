// How validation records a broken rule: one problem per call, a printable form of the value, never a secret's.
import type { ParamProblem } from './errors.ts';
import type { ProblemList } from './problems.ts';
import { redact } from './redact.ts';
import type { ParamSpec } from './spec-types.ts';

/** Records a problem of one parameter (or of `(options.x)`); returns undefined so a check can `return report(...)`. */
export type ParamReport = (
  param: Pick<ParamSpec, 'name' | 'secret'>,
  rule: string,
  message: string,
  value?: unknown,
) => undefined;

/**
 * A ParamReport that adds to `problems`. A secret parameter's value is never kept, and the secrets the request
 * holds (its sitekey) are redacted wherever else they turn up: a sitekey passed as site_id, or as a name.
 */
export function reporter(problems: ProblemList<ParamProblem>, secrets: readonly string[]): ParamReport {
  const clean = (text: string): string => redact(text, secrets);
  return (param, rule, message, value) => {
    const problem = { param: clean(param.name), rule, message: clean(message) };
    problems.add(value === undefined || param.secret ? problem : { ...problem, value: show(value, clean) });
    return undefined;
  };
}

/**
 * A short, printable form of a value for an error message. `clean` runs before it is cut short, so a secret
 * the value holds is redacted whole rather than cut in two with its first half shown.
 */
export function show(value: unknown, clean: (text: string) => string = (text) => text): string {
  let s: string;
  try {
    s =
      typeof value === 'string'
        ? JSON.stringify(value)
        : typeof value === 'bigint'
          ? `${value}n`
          : (JSON.stringify(value) ?? String(value));
  } catch {
    s = Object.prototype.toString.call(value);
  }
  s = clean(s);
  return s.length > 120 ? `${s.slice(0, 117)}...` : s;
}
