// Reads the parsed spec document, checks it, and builds the SpecModel the emitters share.
// Every problem is reported with the spec path it sits at, all of them at once.
import {
  CATEGORIES,
  type Category,
  type DataTypeModel,
  type FieldKind,
  type FieldModel,
  type LimitsModel,
  PARAM_FORMATS,
  PARAM_KINDS,
  PARAM_RULES,
  type ParamFormat,
  type ParamKind,
  type ParamModel,
  type ParamRule,
  type PlanModel,
  type QuirkModel,
  type SegmentModel,
  type ShapeModel,
  type SpecModel,
} from './model.ts';

export const OPERATION_PATH = '/api/stats/4';

export class SpecError extends Error {
  readonly problems: readonly string[];
  constructor(file: string, problems: readonly string[]) {
    super(`${file} is not a valid clicky spec:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'SpecError';
    this.problems = problems;
  }
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const SCHEMA_REF = '#/components/schemas/';
const DATA_TYPE_KEYS = new Set([
  'category',
  'item',
  'description',
  'confidence',
  'hourly',
  'premium',
  'restricted',
  'ignores-date',
]);

/** Validates `doc` (the parsed YAML of `file`) and returns the model, or throws SpecError listing every problem. */
export function buildModel(doc: unknown, file: string): SpecModel {
  const problems: string[] = [];
  const fail = (path: string, msg: string): void => void problems.push(`${path}: ${msg}`);
  if (!isObj(doc)) throw new SpecError(file, ['(root): expected a mapping']);

  if (typeof doc.openapi !== 'string' || !doc.openapi.startsWith('3.1')) fail('openapi', 'must be 3.1.x');
  const info = isObj(doc.info) ? doc.info : {};
  const components = isObj(doc.components) ? doc.components : {};
  const schemas = isObj(components.schemas) ? components.schemas : {};
  if (!isObj(components.schemas)) fail('components.schemas', 'missing');

  checkRefs(doc, '', doc, fail);

  const refName = (ref: unknown, path: string): string | undefined => {
    if (!isObj(ref) || typeof ref.$ref !== 'string') {
      fail(path, 'expected { $ref: "#/components/schemas/NAME" }');
      return undefined;
    }
    if (!ref.$ref.startsWith(SCHEMA_REF)) {
      fail(`${path}.$ref`, `must point into ${SCHEMA_REF}`);
      return undefined;
    }
    const name = ref.$ref.slice(SCHEMA_REF.length);
    return name in schemas ? name : undefined; // unknown refs are reported by checkRefs
  };

  // ---- data types ----
  const dataTypes: DataTypeModel[] = [];
  const rawTypes = doc['x-clicky-data-types'];
  if (!isObj(rawTypes) || Object.keys(rawTypes).length === 0) fail('x-clicky-data-types', 'missing or empty');
  for (const [name, raw] of Object.entries(isObj(rawTypes) ? rawTypes : {})) {
    const path = `x-clicky-data-types.${name}`;
    if (!/^[a-z][a-z0-9-]*$/.test(name)) fail(path, 'a data type name is lower-case letters, digits and dashes');
    if (!isObj(raw)) {
      fail(path, 'expected a mapping');
      continue;
    }
    for (const key of Object.keys(raw)) if (!DATA_TYPE_KEYS.has(key)) fail(`${path}.${key}`, 'unknown key');
    const category = raw.category;
    if (typeof category !== 'string' || !(CATEGORIES as readonly string[]).includes(category)) {
      fail(`${path}.category`, `missing or not one of ${CATEGORIES.join(', ')}`);
    }
    if (raw.item === undefined) fail(`${path}.item`, 'missing item schema');
    const item = raw.item === undefined ? undefined : refName(raw.item, `${path}.item`);
    if (typeof raw.description !== 'string') fail(`${path}.description`, 'missing');
    if (item === undefined || typeof category !== 'string') continue;
    dataTypes.push({
      name,
      category: category as Category,
      item,
      description: String(raw.description ?? ''),
      confidence: String(raw.confidence ?? 'official'),
      hourly: raw.hourly === true,
      premium: raw.premium === true,
      restricted: raw.restricted === true,
      ignoresDate: raw['ignores-date'] === true,
    });
  }
  const typeNames = new Set(dataTypes.map((t) => t.name));

  // ---- segments ----
  const segments: SegmentModel[] = [];
  const rawSegments = doc['x-clicky-segments'];
  for (const [name, raw] of Object.entries(isObj(rawSegments) ? rawSegments : {})) {
    const path = `x-clicky-segments.${name}`;
    if (typeNames.has(name)) fail(path, 'clashes with a data type name');
    if (!isObj(raw)) {
      fail(path, 'expected a mapping');
      continue;
    }
    const item = refName(raw.item, `${path}.item`);
    if (item !== undefined) segments.push({ name, item, description: String(raw.description ?? '') });
  }

  // ---- enums filled from elsewhere in the spec ----
  const segmentValues = [
    ...dataTypes.filter((t) => t.category === 'tally' || t.category === 'popular').map((t) => t.name),
    ...segments.map((s) => s.name),
  ];
  const resolved = structuredClone(doc) as Obj;
  const resolvedSchemas = (resolved.components as Obj).schemas as Obj;
  for (const [name, schema] of Object.entries(schemas)) {
    if (!isObj(schema) || schema['x-clicky-enum-from'] === undefined) continue;
    const from = schema['x-clicky-enum-from'];
    const path = `components.schemas.${name}.x-clicky-enum-from`;
    let values: string[] | undefined;
    if (from === 'x-clicky-data-types') values = dataTypes.map((t) => t.name);
    else if (from === 'segments') values = segmentValues;
    else if (typeof from === 'string' && from.startsWith('properties:')) {
      const target = schemas[from.slice('properties:'.length)];
      if (isObj(target) && isObj(target.properties)) values = Object.keys(target.properties);
      else fail(path, `no schema with properties named ${from.slice('properties:'.length)}`);
    } else fail(path, 'expected x-clicky-data-types, segments or properties:SCHEMA');
    if (values) (resolvedSchemas[name] as Obj).enum = values;
  }

  // ---- shapes ----
  const shapes: ShapeModel[] = [];
  const seenShapes = new Set<string>();
  const addShape = (name: string): void => {
    if (seenShapes.has(name)) return;
    seenShapes.add(name);
    const schema = schemas[name];
    const path = `components.schemas.${name}`;
    if (!isObj(schema) || schema.type !== 'object' || !isObj(schema.properties)) {
      fail(path, 'an item schema must be an object with properties');
      return;
    }
    const required = new Set(Array.isArray(schema.required) ? (schema.required as string[]) : []);
    const fields: FieldModel[] = [];
    const nested: string[] = [];
    for (const [field, prop] of Object.entries(schema.properties)) {
      const kind = fieldKind(prop, `${path}.properties.${field}`, schemas, fail);
      if (kind === undefined) continue;
      if (typeof kind === 'object' && 'object' in kind) nested.push(kind.object);
      const model: FieldModel = { name: field, kind, required: required.has(field) };
      if (isObj(prop) && typeof prop.description === 'string') model.description = prop.description;
      if (isObj(prop) && Array.isArray(prop.enum)) model.values = prop.enum.map(String);
      fields.push(model);
    }
    const shape: ShapeModel = { name, fields };
    if (typeof schema.description === 'string') shape.description = schema.description;
    shapes.push(shape);
    nested.forEach(addShape);
  };
  for (const t of dataTypes) addShape(t.item);
  for (const s of segments) addShape(s.item);

  // ---- parameters ----
  const params: ParamModel[] = [];
  const paths = isObj(doc.paths) ? doc.paths : {};
  const op =
    isObj(paths[OPERATION_PATH]) && isObj((paths[OPERATION_PATH] as Obj).get)
      ? ((paths[OPERATION_PATH] as Obj).get as Obj)
      : undefined;
  if (!op) fail(`paths.${OPERATION_PATH}.get`, 'missing');
  const rawParams = op && Array.isArray(op.parameters) ? (op.parameters as unknown[]) : [];
  const paramNames = new Set<string>();
  rawParams.forEach((raw, i) => {
    const path = `paths.${OPERATION_PATH}.get.parameters[${i}]`;
    if (!isObj(raw) || typeof raw.name !== 'string') {
      fail(path, 'a parameter needs a name');
      return;
    }
    const p = buildParam(raw, `${path} (${raw.name})`, { dataTypes, typeNames, resolvedSchemas, fail });
    if (paramNames.has(raw.name)) fail(path, `duplicate parameter ${raw.name}`);
    paramNames.add(raw.name);
    if (p) params.push(p);
  });

  // ---- limits, plans, quirks ----
  const limits = buildLimits(doc['x-clicky-limits'], fail);
  const { plans, defaultPlan } = buildPlans(doc['x-clicky-plans'], fail);
  const quirks: QuirkModel[] = [];
  const rawQuirks = doc['x-clicky-quirks'];
  (Array.isArray(rawQuirks) ? rawQuirks : []).forEach((q: unknown, i) => {
    if (!isObj(q) || typeof q.id !== 'string' || typeof q.why !== 'string' || typeof q.evidence !== 'string') {
      fail(`x-clicky-quirks[${i}]`, 'a quirk needs id, why and evidence');
      return;
    }
    quirks.push({ id: q.id, why: q.why, evidence: q.evidence, strength: String(q.strength ?? 'medium') });
  });

  if (problems.length > 0) throw new SpecError(file, problems);
  return {
    title: String(info.title ?? ''),
    version: String(info.version ?? ''),
    path: file,
    operationPath: OPERATION_PATH,
    dataTypes,
    segments,
    params,
    shapes,
    limits,
    plans,
    defaultPlan,
    quirks,
    document: resolved,
  };
}

/** Reports every `$ref` in the document that does not resolve. */
function checkRefs(node: unknown, path: string, doc: Obj, fail: (p: string, m: string) => void): void {
  if (Array.isArray(node)) {
    node.forEach((v, i) => {
      checkRefs(v, `${path}[${i}]`, doc, fail);
    });
    return;
  }
  if (!isObj(node)) return;
  for (const [key, value] of Object.entries(node)) {
    const here = path ? `${path}.${key}` : key;
    if (value === null) fail(here, 'empty value (an unquoted comma inside a { ... } mapping splits it)');
    else if (key === '$ref') {
      if (typeof value !== 'string' || !value.startsWith('#/') || resolvePointer(doc, value) === undefined) {
        fail(here, `unknown ref ${JSON.stringify(value)}`);
      }
    } else checkRefs(value, here, doc, fail);
  }
}

function resolvePointer(doc: Obj, ref: string): unknown {
  let cur: unknown = doc;
  for (const part of ref.slice(2).split('/')) {
    const key = part.replace(/~1/g, '/').replace(/~0/g, '~');
    if (!isObj(cur) || !(key in cur)) return undefined;
    cur = cur[key];
  }
  return cur;
}

function fieldKind(
  prop: unknown,
  path: string,
  schemas: Obj,
  fail: (p: string, m: string) => void,
): FieldKind | undefined {
  if (!isObj(prop)) {
    fail(path, 'expected a schema');
    return undefined;
  }
  if (typeof prop.$ref === 'string') {
    const name = prop.$ref.slice(SCHEMA_REF.length);
    const target = schemas[name];
    if (!isObj(target)) return undefined; // reported by checkRefs
    // A schema made only of additionalProperties is a free-form map (custom data).
    if (target.type === 'object' && !isObj(target.properties) && target.additionalProperties !== undefined)
      return 'string-map';
    return { object: name };
  }
  switch (prop.type) {
    case 'string':
    case 'integer':
    case 'number':
    case 'boolean':
      return prop.type;
    case 'array':
      if (isObj(prop.items) && prop.items.type === 'string') {
        const xml = isObj(prop.items.xml) ? prop.items.xml : {};
        return { list: typeof xml.name === 'string' ? xml.name : 'item' };
      }
      fail(path, 'only lists of strings are supported in items');
      return undefined;
    default:
      fail(path, `unsupported field type ${JSON.stringify(prop.type)}`);
      return undefined;
  }
}

interface ParamContext {
  dataTypes: DataTypeModel[];
  typeNames: Set<string>;
  resolvedSchemas: Obj;
  fail: (p: string, m: string) => void;
}

function buildParam(raw: Obj, path: string, ctx: ParamContext): ParamModel | undefined {
  const { fail } = ctx;
  const name = raw.name as string;
  if (raw.in !== 'query') fail(`${path}.in`, 'every parameter is a query parameter');
  const kind = raw['x-clicky-kind'];
  if (typeof kind !== 'string' || !(PARAM_KINDS as readonly string[]).includes(kind)) {
    fail(`${path}.x-clicky-kind`, `missing or not one of ${PARAM_KINDS.join(', ')}`);
    return undefined;
  }
  const selectors = raw['x-clicky-applies-to'];
  if (!Array.isArray(selectors) || selectors.length === 0) {
    fail(`${path}.x-clicky-applies-to`, 'missing: say which data types the parameter applies to');
    return undefined;
  }
  const applies = new Set<string>();
  let appliesToAll = false;
  for (const sel of selectors) {
    if (sel === '*') {
      appliesToAll = true;
      for (const t of ctx.dataTypes) applies.add(t.name);
    } else if (typeof sel === 'string' && sel.startsWith('category:')) {
      const cat = sel.slice('category:'.length);
      if (!(CATEGORIES as readonly string[]).includes(cat))
        fail(`${path}.x-clicky-applies-to`, `unknown category ${cat}`);
      for (const t of ctx.dataTypes) if (t.category === cat) applies.add(t.name);
    } else if (typeof sel === 'string' && ctx.typeNames.has(sel)) {
      applies.add(sel);
    } else fail(`${path}.x-clicky-applies-to`, `unknown data type or selector ${JSON.stringify(sel)}`);
  }
  const schema = isObj(raw.schema) ? raw.schema : undefined;
  if (!schema) {
    fail(`${path}.schema`, 'missing');
    return undefined;
  }
  const p: ParamModel = {
    name,
    description: String(raw.description ?? ''),
    kind: kind as ParamKind,
    required: raw.required === true,
    appliesTo: ctx.dataTypes.map((t) => t.name).filter((n) => applies.has(n)),
    appliesToAll,
    selectors: selectors.map(String),
    secret: raw['x-clicky-secret'] === true,
    rules: [],
  };
  // The constraints live on the schema, or for a limit on its integer branch, or for a list on its items.
  const numeric =
    kind === 'limit' && Array.isArray(schema.oneOf)
      ? ((schema.oneOf as Obj[]).find((b) => b.type === 'integer') ?? {})
      : schema;
  if (typeof numeric.minimum === 'number') p.min = numeric.minimum;
  if (typeof numeric.maximum === 'number') p.max = numeric.maximum;
  if (typeof schema.minLength === 'number') p.minLength = schema.minLength;
  if (typeof schema.maxLength === 'number') p.maxLength = schema.maxLength;
  if (typeof schema.minItems === 'number') p.minItems = schema.minItems;
  if (typeof schema.pattern === 'string') p.pattern = schema.pattern;
  if (schema.default !== undefined) p.default = schema.default as string | number | boolean;
  if (Array.isArray(schema.enum)) p.values = schema.enum.map(String);
  if (kind === 'list') {
    const items = isObj(schema.items) ? schema.items : {};
    const ref = typeof items.$ref === 'string' ? items.$ref.slice(SCHEMA_REF.length) : undefined;
    const target = ref ? ctx.resolvedSchemas[ref] : items;
    if (isObj(target) && Array.isArray(target.enum)) p.values = target.enum.map(String);
  }
  if (kind === 'enum' && !p.values) fail(`${path}.schema.enum`, 'an enum parameter needs values');
  const format = raw['x-clicky-format'];
  if (format !== undefined) {
    if (typeof format === 'string' && (PARAM_FORMATS as readonly string[]).includes(format))
      p.format = format as ParamFormat;
    else fail(`${path}.x-clicky-format`, `not one of ${PARAM_FORMATS.join(', ')}`);
  }
  const requires = raw['x-clicky-requires'];
  if (requires !== undefined) {
    if (isObj(requires)) p.requires = Object.fromEntries(Object.entries(requires).map(([k, v]) => [k, String(v)]));
    else fail(`${path}.x-clicky-requires`, 'expected a mapping of parameter to value');
  }
  const rules = raw['x-clicky-rules'];
  for (const rule of Array.isArray(rules) ? rules : []) {
    if ((PARAM_RULES as readonly string[]).includes(rule)) p.rules.push(rule as ParamRule);
    else fail(`${path}.x-clicky-rules`, `unknown rule ${JSON.stringify(rule)}`);
  }
  return p;
}

function num(obj: Obj, key: string, path: string, fail: (p: string, m: string) => void): number {
  const v = obj[key];
  if (typeof v !== 'number') {
    fail(`${path}.${key}`, 'missing number');
    return 0;
  }
  return v;
}

function buildLimits(raw: unknown, fail: (p: string, m: string) => void): LimitsModel {
  if (!isObj(raw)) fail('x-clicky-limits', 'missing');
  const root = isObj(raw) ? raw : {};
  const limit = isObj(root.limit) ? root.limit : {};
  const restricted = isObj(root.restricted) ? root.restricted : {};
  return {
    limitDefault: num(limit, 'default', 'x-clicky-limits.limit', fail),
    limitMin: num(limit, 'min', 'x-clicky-limits.limit', fail),
    limitMax: num(limit, 'max', 'x-clicky-limits.limit', fail),
    limitAllCap: num(limit, 'all-cap', 'x-clicky-limits.limit', fail),
    restrictedMaxRangeDays: num(restricted, 'max-range-days', 'x-clicky-limits.restricted', fail),
    restrictedMaxLimit: num(restricted, 'max-limit', 'x-clicky-limits.restricted', fail),
    restrictedMaxConcurrentPerSite: num(restricted, 'max-concurrent-per-site', 'x-clicky-limits.restricted', fail),
    timeOffsetMaxSeconds: num(root, 'time-offset-max-seconds', 'x-clicky-limits', fail),
    appMaxLength: num(root, 'app-max-length', 'x-clicky-limits', fail),
  };
}

function buildPlans(raw: unknown, fail: (p: string, m: string) => void): { plans: PlanModel[]; defaultPlan: string } {
  if (!isObj(raw)) fail('x-clicky-plans', 'missing');
  const root = isObj(raw) ? raw : {};
  const plans: PlanModel[] = [];
  for (const [name, p] of Object.entries(root)) {
    if (name === 'default') continue;
    const path = `x-clicky-plans.${name}`;
    if (!isObj(p)) {
      fail(path, 'expected a mapping');
      continue;
    }
    const plan: PlanModel = {
      name,
      description: String(p.description ?? ''),
      maxRangeDays: num(p, 'max-range-days', path, fail),
    };
    if (typeof p['history-days'] === 'number') plan.historyDays = p['history-days'];
    if (typeof p['max-results'] === 'number') plan.maxResults = p['max-results'];
    plans.push(plan);
  }
  const defaultPlan = String(root.default ?? '');
  if (!plans.some((p) => p.name === defaultPlan)) fail('x-clicky-plans.default', `names no plan (${defaultPlan})`);
  return { plans, defaultPlan };
}
