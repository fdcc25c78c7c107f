// Validation, phase one: each parameter on its own, against its kind and the constraints the table gives it.
import type { CompiledParam } from './compiled-params.ts';
import { parseDateExpression } from './date-expression.ts';
import { DateExpressionError } from './errors.ts';
import { LIMITS } from './generated/tables.ts';
import { isPlainObject } from './guards.ts';
import type { NormalizedValue } from './normalized-value.ts';
import { FORMAT_CHECKS } from './param-formats.ts';
import type { ParamReport } from './report.ts';
import { SecretValue } from './secret.ts';

/** A broken constraint: made only when a check fails, so a valid request allocates nothing for it. */
class Broken {
  constructor(
    readonly rule: string,
    readonly message: string,
  ) {}
}

const reject = (rule: string, message: string): Broken => new Broken(rule, message);

/**
 * A UTF-16 surrogate without its pair. Such a string has no UTF-8 form: URL encoding throws a URIError on it, so
 * it is refused here, as a parameter problem, rather than breaking the request after validation passed it.
 * Lookarounds of one code unit: linear on any text.
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const NOT_TEXT = 'must be well-formed text (it holds a lone UTF-16 surrogate, which no URL can carry)';

/** True when `s` can be sent: no lone surrogate. */
export const isWellFormedText = (s: string): boolean => !LONE_SURROGATE.test(s);

/** Checks one value against its parameter's kind and constraints; returns the normalised value or undefined. */
export function checkValue(c: CompiledParam, value: unknown, report: ParamReport): NormalizedValue | undefined {
  const result = checkKind(c, value);
  return result instanceof Broken ? report(c.spec, result.rule, result.message, value) : result;
}

function checkKind(c: CompiledParam, value: unknown): NormalizedValue | Broken {
  const { spec } = c;
  switch (spec.kind) {
    case 'integer':
      if (typeof value !== 'number' || !Number.isSafeInteger(value)) return reject('kind', 'must be a whole number');
      if (spec.min !== undefined && value < spec.min) return reject('minimum', `must be at least ${spec.min}`);
      if (spec.max !== undefined && value > spec.max) return reject('maximum', `must be at most ${spec.max}`);
      return value;
    case 'limit':
      if (value === 'all') return value;
      if (typeof value !== 'number' || !Number.isSafeInteger(value))
        return reject('kind', `must be a whole number or 'all'`);
      if (value < (spec.min ?? 1) || value > (spec.max ?? Infinity))
        return reject('range', `must be between ${spec.min} and ${spec.max}, or 'all' (up to ${LIMITS.limitAllCap})`);
      return value;
    case 'boolean':
      return typeof value === 'boolean' ? value : reject('kind', 'must be true or false');
    case 'enum':
      return typeof value === 'string' && c.values?.has(value)
        ? value
        : reject('enum', `must be one of ${spec.values?.join(', ')}`);
    case 'string':
    case 'date': {
      const s = checkString(c, value);
      return typeof s === 'string' && spec.secret ? new SecretValue(s) : s;
    }
    case 'list':
      return checkList(c, value);
    case 'map':
      return checkMap(value);
  }
}

function checkString(c: CompiledParam, value: unknown): string | Broken {
  const { spec } = c;
  const s =
    spec.format === 'comparison' && typeof value === 'number' && Number.isSafeInteger(value) && value >= 0
      ? String(value)
      : value;
  if (typeof s !== 'string') return reject('kind', 'must be a string');
  if (LONE_SURROGATE.test(s)) return reject('text', NOT_TEXT);
  if (spec.minLength !== undefined && s.length < spec.minLength)
    return reject(
      'min-length',
      spec.minLength === 1 ? 'must not be empty' : `must be at least ${spec.minLength} characters`,
    );
  if (spec.maxLength !== undefined && s.length > spec.maxLength)
    return reject('max-length', `must be at most ${spec.maxLength} characters (got ${s.length})`);
  if (c.pattern && !c.pattern.test(s))
    return reject('pattern', spec.patternHint ? `must be ${spec.patternHint}` : `must match ${spec.pattern}`);
  if (spec.format === 'date-expression') {
    try {
      parseDateExpression(s);
    } catch (e) {
      return reject('date', e instanceof DateExpressionError ? e.reason : String(e));
    }
  } else if (spec.format !== undefined) {
    const problem = FORMAT_CHECKS[spec.format](s);
    if (problem !== undefined) return reject(spec.format, problem);
  }
  return s;
}

function checkList(c: CompiledParam, value: unknown): string[] | Broken {
  const list = typeof value === 'string' ? [value] : value;
  if (!Array.isArray(list)) return reject('kind', 'must be a string or a list of strings');
  // Indexed, not `every`: a hole in a sparse array is no string either, and `every` would skip it.
  const unknown: string[] = [];
  for (let i = 0; i < list.length; i++) {
    const v: unknown = list[i];
    if (typeof v !== 'string') return reject('kind', 'must be a string or a list of strings');
    if (c.values && !c.values.has(v)) unknown.push(v);
  }
  if (list.length < (c.spec.minItems ?? 0)) return reject('min-items', 'must name at least one value');
  if (unknown.length > 0)
    return reject('enum', `has unknown value(s) ${unknown.map((u) => JSON.stringify(u)).join(', ')}`);
  if (list.length > 1 && new Set(list).size !== list.length) return reject('duplicate', 'names a value more than once');
  return list;
}

function checkMap(value: unknown): (readonly [string, string])[] | Broken {
  if (!isPlainObject(value))
    return reject('kind', 'must be an object of key to string value, e.g. { username: "billy" }');
  const entries = Object.entries(value);
  if (entries.length === 0) return reject('min-items', 'must hold at least one key');
  for (const [k, v] of entries) {
    if (k === '' || /[[\]]/.test(k))
      return reject('key', `key ${JSON.stringify(k)} must be non-empty and free of [ and ]`);
    if (typeof v !== 'string' || v === '')
      return reject('kind', `value of ${JSON.stringify(k)} must be a non-empty string`);
    if (LONE_SURROGATE.test(k) || LONE_SURROGATE.test(v))
      return reject('text', `key ${JSON.stringify(k)}: ${NOT_TEXT}`);
  }
  return entries as [string, string][];
}
