// Validation, phase two: what parameters say of each other. Which types a parameter applies to, what it
// requires, and the named rules of the table (x-clicky-rules), each run by the parameter that names it.
import { BY_NAME, type CompiledParam, IMPLYING, OVERRIDING, PARAMS, REQUIRED, WITH_RULES } from './compiled-params.ts';
import { addDays, type DateRange, rangeLength } from './date-expression.ts';
import type { DataType } from './generated/data-types.ts';
import { DATA_TYPES, LIMITS } from './generated/tables.ts';
import { ownValue } from './guards.ts';
import type { NormalizedValue } from './normalized-value.ts';
import type { ParamReport } from './report.ts';
import type { ParamRule, PlanInfo } from './spec-types.ts';

/** What the rules read: the request as given and as normalised, and what validation worked out of it. */
export interface RuleContext {
  readonly input: Readonly<Record<string, unknown>>;
  /** Normalised values by spec position; undefined when absent or invalid. */
  readonly values: readonly (NormalizedValue | undefined)[];
  readonly types: readonly DataType[];
  /** The plan whose caps apply; undefined when the options named no known plan. */
  readonly plan: { readonly name: string; readonly caps: PlanInfo } | undefined;
  readonly today: string | undefined;
  readonly range: DateRange | undefined;
  readonly report: ParamReport;
}

const given = (ctx: RuleContext, c: CompiledParam): boolean => ownValue(ctx.input, c.spec.name) !== undefined;
const anyOf = (types: readonly string[], set: ReadonlySet<string>): boolean => types.some((t) => set.has(t));
const restrictedOf = (types: readonly DataType[]): DataType[] => types.filter((t) => DATA_TYPES[t].restricted);

/** Parameters the spec marks required and the request leaves out. */
export function checkRequired(ctx: RuleContext): void {
  for (const c of REQUIRED) if (!given(ctx, c)) ctx.report(c.spec, 'required', 'is required');
}

/** Each parameter given: does it apply to a requested type, and are the values it requires there. */
export function checkApplicability(ctx: RuleContext): void {
  const { types, values } = ctx;
  for (const c of PARAMS) {
    if (values[c.index] === undefined) continue;
    if (c.appliesTo && types.length > 0 && !anyOf(types, c.appliesTo)) {
      const list = [...c.appliesTo];
      const named = list.length > 6 ? `${list.length} types (${list.slice(0, 4).join(', ')}, ...)` : list.join(', ');
      ctx.report(c.spec, 'not-applicable', `applies only to ${named}; requested: ${types.join(', ')}`);
    }
    for (const [other, wanted] of c.requires) {
      const o = BY_NAME.get(other);
      const actual = (o && values[o.index]) ?? o?.spec.default;
      if (actual !== wanted) ctx.report(c.spec, 'requires', `needs ${other}=${wanted} (${other} is ${String(actual)})`);
    }
  }
}

type Check = (c: CompiledParam, value: NormalizedValue | undefined, ctx: RuleContext) => void;

/** Rules of a missing parameter. */
const ABSENT: Partial<Record<ParamRule, Check>> = {
  'required-unless-implied': (c, _value, ctx) => {
    const implying = IMPLYING.filter((o) => o.spec.implies?.[c.spec.name] !== undefined);
    if (!implying.some((o) => given(ctx, o)))
      ctx.report(c.spec, 'required', `is required unless ${implying.map((o) => o.spec.name).join(' or ')} is given`);
  },
  'required-when-applicable': (c, _value, ctx) => {
    const applies = c.appliesTo ? ctx.types.filter((t) => c.appliesTo?.has(t)) : [];
    if (applies.length > 0) ctx.report(c.spec, 'required', `is required with type ${applies.join(', ')}`);
  },
};

/** Rules of a parameter's value: the value given, or the default the API uses when it is absent. */
const PRESENT: Partial<Record<ParamRule, Check>> = {
  'single-type': (c, _value, { types, report }) => {
    if (types.length > 1)
      report(
        c.spec,
        'single-type',
        `works with one type only, but ${types.length} were requested (${types.join(', ')})`,
      );
  },
  'all-types-hourly': (c, value, { types, report }) => {
    const daily = value === true ? types.filter((t) => !DATA_TYPES[t].hourly) : [];
    if (daily.length > 0)
      report(
        c.spec,
        'all-types-hourly',
        `is only for types with hourly data (${[...(c.appliesTo ?? [])].join(', ')}); not for ${daily.join(', ')}`,
      );
  },
  // 'all' is fine with restricted types: the API then answers at most a page of them (limits.restricted).
  'plan-limit': (c, value, { plan, report }) => {
    const max = plan?.caps.maxResults;
    if (max !== undefined && (value === 'all' || (typeof value === 'number' && value > max)))
      report(c.spec, 'plan-results', `the ${plan?.name} plan answers at most ${max} results a request`, value);
  },
  'restricted-range': (c, value, ctx) => checkRange(c, value, ctx),
};

/** The date range against the restricted types' cap, else the plan's, and the plan's history. */
function checkRange(c: CompiledParam, value: NormalizedValue | undefined, ctx: RuleContext): void {
  const { range, today, plan, report } = ctx;
  if (!range || !today || !plan) return;
  const days = rangeLength(range);
  const restricted = restrictedOf(ctx.types);
  const cap = LIMITS.restrictedMaxRangeDays;
  if (restricted.length > 0 && days > cap)
    report(
      c.spec,
      'restricted-range',
      `spans ${days} days; ${restricted.join(', ')} ${restricted.length === 1 ? 'allows' : 'allow'} at most ${cap} a ` +
        `request (a client's paginate() reads longer ranges in ${cap}-day windows; splitDateRange splits one)`,
      value,
    );
  else if (days > plan.caps.maxRangeDays)
    report(
      c.spec,
      'plan-range',
      `spans ${days} days; the ${plan.name} plan allows at most ${plan.caps.maxRangeDays}`,
      value,
    );
  const history = plan.caps.historyDays;
  if (history === undefined) return;
  const oldest = addDays(today, -(history - 1));
  if (range.start < oldest)
    report(
      c.spec,
      'plan-history',
      `starts ${range.start}; the ${plan.name} plan keeps history from ${oldest} only`,
      value,
    );
}

/**
 * Runs every rule of every parameter: on its value, or on its default when it is absent. A parameter given
 * with a bad value was reported already; a parameter another one given overrides is ignored by the API.
 */
export function checkRules(ctx: RuleContext): void {
  const overridden: string[] = [];
  for (const c of OVERRIDING) if (given(ctx, c)) overridden.push(...(c.spec.overrides ?? []));
  for (const c of WITH_RULES) {
    if (!c.spec.rules || overridden.includes(c.spec.name)) continue;
    const value = given(ctx, c) ? ctx.values[c.index] : c.spec.default;
    for (const rule of c.spec.rules) {
      const absent = given(ctx, c) ? undefined : ABSENT[rule];
      if (absent) absent(c, undefined, ctx);
      else if (value !== undefined) PRESENT[rule]?.(c, value, ctx);
    }
  }
}
