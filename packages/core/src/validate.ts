// Request validation, driven by the generated parameter table: the table says each parameter's kind,
// constraints, applicability and rules; this module only knows how to check each kind of rule.
// Every problem of a request is collected into one ClickyParamError.
import {
  addDays,
  DateExpressionError,
  type DateRange,
  parseDateExpression,
  rangeLength,
  resolveDateExpression,
  todayIn,
} from './date-expression.ts';
import { ClickyParamError, type ParamProblem } from './errors.ts';
import type { DataType, OutputFormat, Plan } from './generated/data-types.ts';
import { DATA_TYPES, DEFAULT_PLAN, LIMITS, PARAMETERS, PLANS } from './generated/tables.ts';
import { FORMAT_CHECKS } from './param-formats.ts';
import type { ParamSpec } from './spec-types.ts';

export interface ValidationOptions {
  /** The account plan whose caps apply (history, results, range). Default from the spec: premium. */
  readonly plan?: Plan;
  /** "Today" for relative dates and range checks, YYYY-MM-DD. Default: today in `timeZone`. */
  readonly today?: string;
  /** The site's IANA time zone, used when `today` is not given. Default UTC. */
  readonly timeZone?: string;
}

/** A parameter value in the one form URL building reads: lists as arrays, maps as entries. */
export type NormalizedValue = string | number | boolean | readonly string[] | readonly (readonly [string, string])[];

export interface ValidRequest {
  /** Parameters present in the request, in spec order, normalised, as [name, value] pairs. */
  readonly params: readonly (readonly [string, NormalizedValue])[];
  /** The data types the answer will hold (visitors-list for an alert_id request without type). */
  readonly types: readonly DataType[];
  /** The concrete date range asked for, where a date applies. */
  readonly range: DateRange | undefined;
  readonly output: OutputFormat;
}

interface CompiledParam {
  readonly spec: ParamSpec;
  /** Position in spec order. */
  readonly index: number;
  readonly appliesTo: ReadonlySet<string> | undefined;
  readonly pattern: RegExp | undefined;
  readonly values: ReadonlySet<string> | undefined;
  readonly requires: readonly (readonly [string, string])[];
}

const COMPILED: ReadonlyMap<string, CompiledParam> = new Map(
  PARAMETERS.map((spec, index) => [
    spec.name,
    {
      spec,
      index,
      appliesTo: spec.appliesTo === '*' ? undefined : new Set<string>(spec.appliesTo),
      pattern: spec.pattern === undefined ? undefined : new RegExp(spec.pattern),
      values: spec.values === undefined ? undefined : new Set(spec.values),
      requires: Object.entries(spec.requires ?? {}),
    },
  ]),
);

const BY_INDEX: readonly CompiledParam[] = [...COMPILED.values()];
const indexOf = (name: string): number => COMPILED.get(name)?.index ?? -1;
/** Positions of the parameters validation reads by name. */
const INDEX = {
  type: indexOf('type'),
  alert_id: indexOf('alert_id'),
  limit: indexOf('limit'),
  date: indexOf('date'),
  time_offset: indexOf('time_offset'),
  output: indexOf('output'),
} as const;

/** Parameters whose absence can break a rule: required ones, and those with a required-* rule. */
const CAN_BE_MISSING: readonly CompiledParam[] = [...COMPILED.values()].filter(
  (c) => c.spec.required || c.spec.rules?.some((r) => r.startsWith('required-')),
);

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' &&
  v !== null &&
  !Array.isArray(v) &&
  (Object.getPrototypeOf(v) === Object.prototype || Object.getPrototypeOf(v) === null);

/** A short, printable form of a value for an error message. Secret parameters never get here. */
function show(value: unknown): string {
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

function closest(name: string): string | undefined {
  let best: string | undefined;
  let bestScore = 3;
  for (const candidate of COMPILED.keys()) {
    const d = editDistance(name.toLowerCase(), candidate);
    if (d < bestScore) [best, bestScore] = [candidate, d];
  }
  return best;
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(
        (prev[j] ?? 0) + 1,
        (cur[j - 1] ?? 0) + 1,
        (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    prev = cur;
  }
  return prev[b.length] ?? 3;
}

type Report = (param: string, rule: string, message: string, value?: unknown) => void;

function reject(report: Report, spec: ParamSpec, value: unknown, rule: string, message: string): undefined {
  report(spec.name, rule, message, spec.secret ? undefined : value);
  return undefined;
}

/** Checks one value against its parameter's kind and constraints; returns the normalised value or undefined. */
function checkValue(c: CompiledParam, value: unknown, report: Report): NormalizedValue | undefined {
  const { spec } = c;
  switch (spec.kind) {
    case 'integer': {
      if (typeof value !== 'number' || !Number.isSafeInteger(value))
        return reject(report, spec, value, 'kind', 'must be a whole number');
      if (spec.min !== undefined && value < spec.min)
        return reject(report, spec, value, 'minimum', `must be at least ${spec.min}`);
      if (spec.max !== undefined && value > spec.max)
        return reject(report, spec, value, 'maximum', `must be at most ${spec.max}`);
      return value;
    }
    case 'limit': {
      if (value === 'all') return value;
      if (typeof value !== 'number' || !Number.isSafeInteger(value))
        return reject(report, spec, value, 'kind', `must be a whole number or 'all'`);
      if (value < (spec.min ?? 1) || value > (spec.max ?? Infinity)) {
        return reject(
          report,
          spec,
          value,
          'range',
          `must be between ${spec.min} and ${spec.max}, or 'all' (up to ${LIMITS.limitAllCap})`,
        );
      }
      return value;
    }
    case 'boolean':
      return typeof value === 'boolean' ? value : reject(report, spec, value, 'kind', 'must be true or false');
    case 'enum':
      if (typeof value !== 'string' || !c.values?.has(value))
        return reject(report, spec, value, 'enum', `must be one of ${spec.values?.join(', ')}`);
      return value;
    case 'string':
    case 'date': {
      const s =
        spec.format === 'comparison' && typeof value === 'number' && Number.isSafeInteger(value) && value >= 0
          ? String(value)
          : value;
      if (typeof s !== 'string') return reject(report, spec, value, 'kind', 'must be a string');
      const length = s.length;
      if (spec.minLength !== undefined && length < spec.minLength)
        return reject(
          report,
          spec,
          value,
          'min-length',
          spec.minLength === 1 ? 'must not be empty' : `must be at least ${spec.minLength} characters`,
        );
      if (spec.maxLength !== undefined && length > spec.maxLength)
        return reject(
          report,
          spec,
          value,
          'max-length',
          `must be at most ${spec.maxLength} characters (got ${length})`,
        );
      if (c.pattern && !c.pattern.test(s)) {
        return reject(
          report,
          spec,
          value,
          'pattern',
          spec.name === 'sitekey' ? 'must be 12-16 letters and digits' : `must match ${spec.pattern}`,
        );
      }
      if (spec.format === 'date-expression') {
        try {
          parseDateExpression(s);
        } catch (e) {
          return reject(report, spec, value, 'date', e instanceof DateExpressionError ? e.reason : String(e));
        }
      } else if (spec.format !== undefined) {
        const problem = FORMAT_CHECKS[spec.format](s);
        if (problem !== undefined) return reject(report, spec, value, spec.format, problem);
      }
      return s;
    }
    case 'list': {
      const list = typeof value === 'string' ? [value] : value;
      if (!Array.isArray(list) || !list.every((v) => typeof v === 'string'))
        return reject(report, spec, value, 'kind', 'must be a string or a list of strings');
      if (list.length < (spec.minItems ?? 0))
        return reject(report, spec, value, 'min-items', 'must name at least one value');
      const unknown = c.values ? list.filter((v) => !c.values?.has(v)) : [];
      if (unknown.length > 0)
        return reject(
          report,
          spec,
          value,
          'enum',
          `has unknown value(s) ${unknown.map((u) => JSON.stringify(u)).join(', ')}`,
        );
      if (new Set(list).size !== list.length)
        return reject(report, spec, value, 'duplicate', 'names a value more than once');
      return list as string[];
    }
    case 'map': {
      if (!isPlainObject(value))
        return reject(
          report,
          spec,
          value,
          'kind',
          'must be an object of key to string value, e.g. { username: "billy" }',
        );
      const entries = Object.entries(value);
      if (entries.length === 0) return reject(report, spec, value, 'min-items', 'must hold at least one key');
      for (const [k, v] of entries) {
        if (k === '' || /[[\]]/.test(k))
          return reject(report, spec, value, 'key', `key ${JSON.stringify(k)} must be non-empty and free of [ and ]`);
        if (typeof v !== 'string' || v === '')
          return reject(report, spec, value, 'kind', `value of ${JSON.stringify(k)} must be a non-empty string`);
      }
      return entries.map(([k, v]) => [k, v as string] as const);
    }
  }
}

/**
 * Validates a request against the spec's rules and the plan's caps. Returns the normalised request, or throws
 * ClickyParamError listing every problem (the sitekey never appears in it).
 */
export function validateRequest(
  input: Readonly<Record<string, unknown>>,
  options: ValidationOptions = {},
): ValidRequest {
  const problems: ParamProblem[] = [];
  const report: Report = (param, rule, message, value) => {
    problems.push(value === undefined ? { param, rule, message } : { param, rule, message, value: show(value) });
  };
  if (!isPlainObject(input)) {
    throw new ClickyParamError([
      { param: '(request)', rule: 'kind', message: 'the request must be a plain object of parameters' },
    ]);
  }

  // Each parameter on its own.
  // Values by spec position: lookups without hashing, and the result comes out in spec order without sorting.
  const slots: (NormalizedValue | undefined)[] = new Array<undefined>(BY_INDEX.length);
  const get = (name: string): NormalizedValue | undefined => slots[COMPILED.get(name)?.index ?? -1];
  for (const name in input) {
    const value = input[name];
    if (value === undefined) continue;
    const c = COMPILED.get(name);
    if (!c) {
      const hint = closest(name);
      report(name, 'unknown', `is not a parameter of the API${hint ? ` (did you mean ${hint}?)` : ''}`);
      continue;
    }
    const normalized = checkValue(c, value, report);
    if (normalized !== undefined) slots[c.index] = normalized;
  }

  // What the answer will hold.
  const typeList = slots[INDEX.type] as readonly DataType[] | undefined;
  const types: readonly DataType[] = typeList ?? (slots[INDEX.alert_id] !== undefined ? ['visitors-list'] : []);
  const hasType = (set: ReadonlySet<string>): boolean => {
    for (const t of types) if (set.has(t)) return true;
    return false;
  };

  // Absence rules: only the few parameters that can be missing wrongly are looked at.
  for (const c of CAN_BE_MISSING) {
    const { spec } = c;
    if (input[spec.name] !== undefined) continue;
    if (spec.required) report(spec.name, 'required', 'is required');
    if (spec.rules?.includes('required-unless-alert-id') && input.alert_id === undefined) {
      report(spec.name, 'required', 'is required unless alert_id is given');
    }
    if (spec.rules?.includes('required-when-applicable') && c.appliesTo && hasType(c.appliesTo)) {
      report(spec.name, 'required', `is required with type ${types.filter((t) => c.appliesTo?.has(t)).join(', ')}`);
    }
  }

  // Rules of the parameters present: applicability, what they need, and their cross-parameter rules.
  for (let i = 0; i < slots.length; i++) {
    const value = slots[i];
    if (value === undefined) continue;
    const c = BY_INDEX[i] as CompiledParam;
    const { spec } = c;
    const name = spec.name;
    if (c.appliesTo && types.length > 0 && !hasType(c.appliesTo)) {
      const list = [...c.appliesTo];
      report(
        name,
        'not-applicable',
        `applies only to ${list.length > 6 ? `${list.length} types (${list.slice(0, 4).join(', ')}, ...)` : list.join(', ')}; requested: ${types.join(', ')}`,
      );
    }
    for (const [other, wanted] of c.requires) {
      const actual = get(other) ?? COMPILED.get(other)?.spec.default;
      if (actual !== wanted) report(name, 'requires', `needs ${other}=${wanted} (${other} is ${String(actual)})`);
    }
    if (spec.rules === undefined) continue;
    if (spec.rules.includes('single-type') && types.length > 1) {
      report(name, 'single-type', `works with one type only, but ${types.length} were requested (${types.join(', ')})`);
    }
    if (spec.rules.includes('all-types-hourly') && value === true) {
      const daily = types.filter((t) => !DATA_TYPES[t].hourly);
      if (daily.length > 0)
        report(
          name,
          'all-types-hourly',
          `is only for types with hourly data (${[...(c.appliesTo ?? [])].join(', ')}); not for ${daily.join(', ')}`,
        );
    }
  }

  const planName = options.plan ?? DEFAULT_PLAN;
  const plan = PLANS[planName] as (typeof PLANS)[Plan] | undefined;
  if (plan === undefined)
    report('(options.plan)', 'plan', `unknown plan ${show(options.plan)}; expected ${Object.keys(PLANS).join(', ')}`);
  const restricted = types.filter((t) => DATA_TYPES[t].restricted);

  // limit against the plan. 'all' is fine with restricted types: the API answers at most 1,000 items then.
  const limit = slots[INDEX.limit];
  if (plan?.maxResults !== undefined && (limit === 'all' || (typeof limit === 'number' && limit > plan.maxResults))) {
    report('limit', 'plan-results', `the ${planName} plan answers at most ${plan.maxResults} results a request`, limit);
  }

  // The date range, resolved against today, against restricted types and the plan.
  let range: DateRange | undefined;
  const dateValue = (slots[INDEX.date] as string | undefined) ?? (input.date === undefined ? 'today' : undefined);
  if (dateValue !== undefined && plan !== undefined) {
    let today: string | undefined;
    try {
      today = options.today ?? todayIn(options.timeZone ?? 'UTC');
      range = resolveDateExpression(dateValue, today);
    } catch (e) {
      report(
        options.today !== undefined ? '(options.today)' : '(options.timeZone)',
        'today',
        e instanceof Error ? e.message : String(e),
      );
    }
    const timeOffset = slots[INDEX.time_offset] !== undefined;
    if (range && today && !timeOffset) {
      const days = rangeLength(range);
      if (restricted.length > 0 && days > LIMITS.restrictedMaxRangeDays) {
        report(
          'date',
          'restricted-range',
          `spans ${days} days; ${restricted.join(', ')} allow at most ${LIMITS.restrictedMaxRangeDays} (split it with splitDateRange)`,
          dateValue,
        );
      } else if (days > plan.maxRangeDays) {
        report(
          'date',
          'plan-range',
          `spans ${days} days; the ${planName} plan allows at most ${plan.maxRangeDays}`,
          dateValue,
        );
      }
      if (plan.historyDays !== undefined) {
        const oldest = addDays(today, -(plan.historyDays - 1));
        if (range.start < oldest)
          report(
            'date',
            'plan-history',
            `starts ${range.start}; the ${planName} plan keeps history from ${oldest} only`,
            dateValue,
          );
      }
    }
  }

  if (problems.length > 0) throw new ClickyParamError(problems);
  const params: (readonly [string, NormalizedValue])[] = [];
  for (let i = 0; i < slots.length; i++) {
    const v = slots[i];
    if (v !== undefined) params.push([(BY_INDEX[i] as CompiledParam).spec.name, v]);
  }
  return { params, types, range, output: (slots[INDEX.output] as ValidRequest['output'] | undefined) ?? 'xml' };
}
