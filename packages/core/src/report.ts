// How validation records a broken rule: one problem per call, a printable form of the value, never a secret's.
import type { ParamProblem } from './errors.ts';
import type { ProblemList } from './problems.ts';
import type { ParamSpec } from './spec-types.ts';

/** Records a problem of one parameter (or of `(options.x)`); returns undefined so a check can `return report(...)`. */
export type ParamReport = (
  param: Pick<ParamSpec, 'name' | 'secret'>,
  rule: string,
  message: string,
  value?: unknown,
) => undefined;

/** A ParamReport that adds to `problems`; a secret parameter's value is never kept. */
export function reporter(problems: ProblemList<ParamProblem>): ParamReport {
  return (param, rule, message, value) => {
    const shown = value === undefined || param.secret ? undefined : show(value);
    problems.add(
      shown === undefined ? { param: param.name, rule, message } : { param: param.name, rule, message, value: shown },
    );
    return undefined;
  };
}

/** A short, printable form of a value for an error message. */
export function show(value: unknown): string {
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
  return s.length > 120 ? `${s.slice(0, 117)}...` : s;
}
