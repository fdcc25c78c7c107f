// Reads the operation's parameters: kind, applicability, constraints and the x-clicky-* extensions of each.
import { isRecord } from '../../../../packages/core/src/guards.ts';
import {
  CATEGORIES,
  PARAM_FORMATS,
  PARAM_KINDS,
  PARAM_RULES,
  type ParamDefault,
  type ParamFormat,
  type ParamKind,
  type ParamRule,
} from '../../../../packages/core/src/spec-types.ts';
import type { DataTypeModel, ParamModel } from '../model.ts';
import { fail, type Obj, OPERATION_PATH, type ReadContext, SCHEMA_REF } from './context.ts';

export function readParams(ctx: ReadContext, dataTypes: readonly DataTypeModel[], resolved: Obj): ParamModel[] {
  const paths = isRecord(ctx.doc.paths) ? ctx.doc.paths : {};
  const item = paths[OPERATION_PATH];
  const op = isRecord(item) && isRecord(item.get) ? item.get : undefined;
  if (!op) fail(ctx, `paths.${OPERATION_PATH}.get`, 'missing');
  const resolvedSchemas = ((resolved.components as Obj | undefined)?.schemas ?? {}) as Obj;
  const params: ParamModel[] = [];
  const seen = new Set<string>();
  (op && Array.isArray(op.parameters) ? (op.parameters as unknown[]) : []).forEach((raw, i) => {
    const path = `paths.${OPERATION_PATH}.get.parameters[${i}]`;
    if (!isRecord(raw) || typeof raw.name !== 'string') {
      fail(ctx, path, 'a parameter needs a name');
      return;
    }
    const p = readParam(ctx, raw, `${path} (${raw.name})`, dataTypes, resolvedSchemas);
    if (seen.has(raw.name)) fail(ctx, path, `duplicate parameter ${raw.name}`);
    seen.add(raw.name);
    if (p) params.push(p);
  });
  return params;
}

function readParam(
  ctx: ReadContext,
  raw: Obj,
  path: string,
  dataTypes: readonly DataTypeModel[],
  resolvedSchemas: Obj,
): ParamModel | undefined {
  if (raw.in !== 'query') fail(ctx, `${path}.in`, 'every parameter is a query parameter');
  const kind = raw['x-clicky-kind'];
  if (typeof kind !== 'string' || !(PARAM_KINDS as readonly string[]).includes(kind)) {
    fail(ctx, `${path}.x-clicky-kind`, `missing or not one of ${PARAM_KINDS.join(', ')}`);
    return undefined;
  }
  const applies = readApplicability(ctx, raw['x-clicky-applies-to'], `${path}.x-clicky-applies-to`, dataTypes);
  const schema = isRecord(raw.schema) ? raw.schema : undefined;
  if (!schema) fail(ctx, `${path}.schema`, 'missing');
  if (!applies || !schema) return undefined;
  const p: ParamModel = {
    name: raw.name as string,
    description: String(raw.description ?? ''),
    kind: kind as ParamKind,
    required: raw.required === true,
    ...applies,
    secret: raw['x-clicky-secret'] === true,
    rules: [],
  };
  readConstraints(p, schema, resolvedSchemas);
  if (kind === 'enum' && !p.values) fail(ctx, `${path}.schema.enum`, 'an enum parameter needs values');
  readExtensions(ctx, p, raw, path);
  return p;
}

/** `x-clicky-applies-to`: "*", "category:NAME" or type names, expanded to every type in spec order. */
function readApplicability(
  ctx: ReadContext,
  selectors: unknown,
  path: string,
  dataTypes: readonly DataTypeModel[],
): Pick<ParamModel, 'appliesTo' | 'appliesToAll' | 'selectors'> | undefined {
  if (!Array.isArray(selectors) || selectors.length === 0) {
    fail(ctx, path, 'missing: say which data types the parameter applies to');
    return undefined;
  }
  const applies = new Set<string>();
  for (const sel of selectors) {
    if (sel === '*') for (const t of dataTypes) applies.add(t.name);
    else if (typeof sel === 'string' && sel.startsWith('category:')) {
      const cat = sel.slice('category:'.length);
      if (!(CATEGORIES as readonly string[]).includes(cat)) fail(ctx, path, `unknown category ${cat}`);
      for (const t of dataTypes) if (t.category === cat) applies.add(t.name);
    } else if (typeof sel === 'string' && dataTypes.some((t) => t.name === sel)) applies.add(sel);
    else fail(ctx, path, `unknown data type or selector ${JSON.stringify(sel)}`);
  }
  return {
    appliesTo: dataTypes.map((t) => t.name).filter((n) => applies.has(n)),
    appliesToAll: selectors.includes('*'),
    selectors: selectors.map(String),
  };
}

/** The constraints live on the schema, or for a limit on its integer branch, or for a list on its items. */
function readConstraints(p: ParamModel, schema: Obj, resolvedSchemas: Obj): void {
  const numeric =
    p.kind === 'limit' && Array.isArray(schema.oneOf)
      ? ((schema.oneOf as Obj[]).find((b) => b.type === 'integer') ?? {})
      : schema;
  if (typeof numeric.minimum === 'number') p.min = numeric.minimum;
  if (typeof numeric.maximum === 'number') p.max = numeric.maximum;
  if (typeof schema.minLength === 'number') p.minLength = schema.minLength;
  if (typeof schema.maxLength === 'number') p.maxLength = schema.maxLength;
  if (typeof schema.minItems === 'number') p.minItems = schema.minItems;
  if (typeof schema.pattern === 'string') p.pattern = schema.pattern;
  if (schema.default !== undefined) p.default = schema.default as ParamDefault;
  if (Array.isArray(schema.enum)) p.values = schema.enum.map(String);
  if (p.kind === 'list') {
    const items = isRecord(schema.items) ? schema.items : {};
    const ref = typeof items.$ref === 'string' ? items.$ref.slice(SCHEMA_REF.length) : undefined;
    const target = ref ? resolvedSchemas[ref] : items;
    if (ref) p.valuesSchema = ref;
    if (isRecord(target) && Array.isArray(target.enum)) p.values = target.enum.map(String);
    if (isRecord(target) && typeof target['x-clicky-enum-from'] === 'string')
      p.valuesFrom = target['x-clicky-enum-from'];
  }
}

/** `x-clicky-format`, `-pattern-hint`, `-requires`, `-implies`, `-overrides` and `-rules`. */
function readExtensions(ctx: ReadContext, p: ParamModel, raw: Obj, path: string): void {
  const format = raw['x-clicky-format'];
  if (format !== undefined) {
    if (typeof format === 'string' && (PARAM_FORMATS as readonly string[]).includes(format))
      p.format = format as ParamFormat;
    else fail(ctx, `${path}.x-clicky-format`, `not one of ${PARAM_FORMATS.join(', ')}`);
  }
  const hint = raw['x-clicky-pattern-hint'];
  if (hint !== undefined) {
    if (typeof hint === 'string' && p.pattern !== undefined) p.patternHint = hint;
    else fail(ctx, `${path}.x-clicky-pattern-hint`, 'expected the words for the schema pattern');
  }
  for (const key of ['requires', 'implies'] as const) {
    const value = raw[`x-clicky-${key}`];
    if (value === undefined) continue;
    if (isRecord(value)) p[key] = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, String(v)]));
    else fail(ctx, `${path}.x-clicky-${key}`, 'expected a mapping of parameter to value');
  }
  const overrides = raw['x-clicky-overrides'];
  if (overrides !== undefined) {
    if (Array.isArray(overrides) && overrides.every((o) => typeof o === 'string')) p.overrides = overrides;
    else fail(ctx, `${path}.x-clicky-overrides`, 'expected a list of parameter names');
  }
  const rules = raw['x-clicky-rules'];
  for (const rule of Array.isArray(rules) ? rules : []) {
    if ((PARAM_RULES as readonly string[]).includes(rule)) p.rules.push(rule as ParamRule);
    else fail(ctx, `${path}.x-clicky-rules`, `unknown rule ${JSON.stringify(rule)}`);
  }
}
