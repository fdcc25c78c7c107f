// Request validation, driven by the generated parameter table: the table says each parameter's kind,
// constraints, applicability and rules; validation runs in named phases and collects every problem of a
// request into one ClickyParamError.
import { checkApplicability, checkRequired, checkRules, type RuleContext } from './check-rules.ts';
import { checkValue } from './check-value.ts';
import { BY_NAME, closestName, DATE_PARAM, IMPLYING, PARAMS, SECRETS } from './compiled-params.ts';
import { type DateRange, resolveDateExpression, todayIn } from './date-expression.ts';
import { ClickyParamError, DateExpressionError, type ParamProblem } from './errors.ts';
import type { DataType, OutputFormat, Plan } from './generated/data-types.ts';
import { DEFAULT_PLAN, PLANS } from './generated/tables.ts';
import { isPlainObject, ownValue } from './guards.ts';
import type { NormalizedValue } from './normalized-value.ts';
import { PARAM_ROLES } from './param-roles.ts';
import { ProblemList } from './problems.ts';
import { type ParamReport, reporter, show } from './report.ts';

export type { NormalizedValue } from './normalized-value.ts';

export interface ValidationOptions {
  /** The account plan whose caps apply (history, results, range). Default from the spec: premium. */
  readonly plan?: Plan;
  /** "Today" for relative dates and range checks, YYYY-MM-DD. Default: today in `timeZone`. */
  readonly today?: string;
  /** The site's IANA time zone, used when `today` is not given. Default UTC. */
  readonly timeZone?: string;
}

export interface ValidRequest {
  /** Parameters present in the request, in spec order, normalised, as [name, value] pairs. */
  readonly params: readonly (readonly [string, NormalizedValue])[];
  /** The data types the answer will hold (those a parameter implies when type is absent, as alert_id does). */
  readonly types: readonly DataType[];
  /** The concrete date range asked for, where a date applies. */
  readonly range: DateRange | undefined;
  readonly output: OutputFormat;
}

/**
 * Validates a request against the spec's rules and the plan's caps. Returns the normalised request, or throws
 * ClickyParamError listing every problem (the sitekey never appears in it).
 */
export function validateRequest(
  input: Readonly<Record<string, unknown>>,
  options: ValidationOptions = {},
): ValidRequest {
  if (!isPlainObject(input)) {
    throw new ClickyParamError([
      { param: '(request)', rule: 'kind', message: 'the request must be a plain object of parameters' },
    ]);
  }
  const problems = new ProblemList<ParamProblem>((list) => new ClickyParamError(list));
  const secrets: string[] = [];
  for (const c of SECRETS) {
    const v = ownValue(input, c.spec.name);
    if (typeof v === 'string') secrets.push(v);
  }
  const report = reporter(problems, secrets);
  const values = readValues(input, report);
  const types = requestedTypes(values);
  const plan = planOf(options, report);
  const { today, range } = resolveDate(input, values, options, report);
  const ctx: RuleContext = { input, values, types, plan, today, range, report };
  checkRequired(ctx);
  checkApplicability(ctx);
  checkRules(ctx);
  problems.throwIfAny();
  const params: (readonly [string, NormalizedValue])[] = [];
  for (const c of PARAMS) {
    const v = values[c.index];
    if (v !== undefined) params.push([c.spec.name, v]);
  }
  return { params, types, range, output: paramValue(values, PARAM_ROLES.output, true) as OutputFormat };
}

/** Phase one: each parameter on its own. Values are kept by spec position. */
function readValues(input: Readonly<Record<string, unknown>>, report: ParamReport): (NormalizedValue | undefined)[] {
  const values: (NormalizedValue | undefined)[] = new Array<undefined>(PARAMS.length);
  for (const name in input) {
    // Own parameters only: for-in also walks the prototype chain's enumerable properties.
    if (!Object.hasOwn(input, name)) continue;
    const value = input[name];
    if (value === undefined) continue;
    const c = BY_NAME.get(name);
    if (c) values[c.index] = checkValue(c, value, report);
    else {
      const hint = closestName(name);
      report({ name }, 'unknown', `is not a parameter of the API${hint ? ` (did you mean ${hint}?)` : ''}`);
    }
  }
  return values;
}

/** A parameter's value by name, or its default when `orDefault`. */
function paramValue(values: readonly (NormalizedValue | undefined)[], name: string, orDefault = false): unknown {
  const c = BY_NAME.get(name);
  return c && (values[c.index] ?? (orDefault ? c.spec.default : undefined));
}

/** What the answer will hold: the types asked for, or those a parameter given implies (alert_id). */
function requestedTypes(values: readonly (NormalizedValue | undefined)[]): readonly DataType[] {
  const asked = paramValue(values, PARAM_ROLES.types) as readonly DataType[] | undefined;
  if (asked) return asked;
  const implied = IMPLYING.find((c) => values[c.index] !== undefined && c.spec.implies?.[PARAM_ROLES.types]);
  return implied ? ((implied.spec.implies?.[PARAM_ROLES.types] ?? '').split(',') as DataType[]) : [];
}

function planOf(options: ValidationOptions, report: ParamReport): RuleContext['plan'] {
  const name = options.plan ?? DEFAULT_PLAN;
  const caps = Object.hasOwn(PLANS, name) ? PLANS[name] : undefined;
  if (caps) return { name, caps };
  report(
    { name: '(options.plan)' },
    'plan',
    `unknown plan ${show(options.plan)}; expected ${Object.keys(PLANS).join(', ')}`,
  );
  return undefined;
}

/** The date parameter's value (or default) resolved against today; a bad today or time zone is reported. */
function resolveDate(
  input: Readonly<Record<string, unknown>>,
  values: readonly (NormalizedValue | undefined)[],
  options: ValidationOptions,
  report: ParamReport,
): { today?: string; range?: DateRange } {
  const date = DATE_PARAM;
  if (!date) return {};
  const value = values[date.index] ?? (ownValue(input, date.spec.name) === undefined ? date.spec.default : undefined);
  if (typeof value !== 'string') return {};
  try {
    const today = options.today ?? todayIn(options.timeZone ?? 'UTC');
    return { today, range: resolveDateExpression(value, today) };
  } catch (e) {
    const source = options.today !== undefined ? '(options.today)' : '(options.timeZone)';
    const plain = e instanceof ClickyParamError && !(e instanceof DateExpressionError);
    report({ name: source }, 'today', (plain ? e.problems[0]?.message : undefined) ?? (e as Error).message);
    return {};
  }
}
