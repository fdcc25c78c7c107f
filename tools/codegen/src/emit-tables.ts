// Emits generated/tables.ts: the runtime tables validation reads. Data types are written as compact rows (one a
// line) that core's table-rows.ts expands at load, read back here with that same code and compared to the spec,
// so the generator never writes a row that means something else; lists derived from them (names, segment names,
// a parameter's types) are derived at load rather than written again.
import { isDeepStrictEqual } from 'node:util';
import { VariableDeclarationKind } from 'ts-morph';
import { readDataTypes } from '../../../packages/core/src/table-rows.ts';
import { outputFormats } from './emit-data-types.ts';
import type { DataTypeModel, ParamModel, SpecModel } from './model.ts';
import { ENUM_SOURCES } from './read/enums.ts';
import { addConstant, literal, quote, Raw, renderTs } from './ts-file.ts';

function dataTypeRow(t: DataTypeModel): string {
  const flags = [
    t.hourly && 'hourly',
    t.plan !== undefined && `plan:${t.plan}`,
    t.planEvidence === 'weak' && 'plan-weak',
    t.restricted && 'restricted',
    t.ignoresDate && 'ignores-date',
  ];
  return [t.name, t.category, t.item, ...flags.filter(Boolean)].join(' ');
}

/** Text inside a template literal: refuse what would end it or interpolate. */
function templateText(rows: readonly string[], what: string): string {
  const text = `\n${rows.join('\n')}\n`;
  if (/[`\\]|\$\{/.test(text))
    throw new Error(`${what}: a row holds a backtick, backslash or \${, which rows cannot carry`);
  return `\`${text}\``;
}

/** Reads the rows back with core's reader; throws naming the first type whose meaning changed. */
function checkRoundTrip(spec: SpecModel, typeRows: string): void {
  const types = readDataTypes(typeRows.slice(1, -1));
  if (Object.keys(types).join() !== spec.dataTypes.map((t) => t.name).join())
    throw new Error('the data type rows do not read back in spec order');
  for (const t of spec.dataTypes) {
    const { name, category, item, hourly, restricted, ignoresDate } = t;
    const expected = {
      category,
      item,
      hourly,
      ...(t.plan === undefined ? {} : { plan: t.plan }),
      ...(t.planEvidence === undefined ? {} : { planEvidence: t.planEvidence }),
      restricted,
      ignoresDate,
    };
    if (!isDeepStrictEqual(types[name as never], expected))
      throw new Error(`data type ${name} does not read back from its row`);
  }
}

/** `TYPES_VISITORS_LIST_SEGMENTATION` for the selectors visitors-list, segmentation. */
const selectorConstant = (selectors: readonly string[]): string =>
  `TYPES_${selectors
    .map((sel) => sel.replace(/^category:/, ''))
    .join('_')
    .replace(/-/g, '_')
    .toUpperCase()}`;

/** A list of values: a shared list by reference when it is one, else written out. */
function valuesOf(p: ParamModel): unknown {
  if (p.valuesFrom === ENUM_SOURCES.dataTypes) return new Raw('DATA_TYPE_NAMES');
  if (p.valuesFrom === ENUM_SOURCES.segments) return new Raw('SEGMENT_NAMES');
  return p.values;
}

function paramLiteral(p: ParamModel): Record<string, unknown> {
  return {
    name: p.name,
    kind: p.kind,
    required: p.required,
    appliesTo: p.appliesToAll ? '*' : new Raw(selectorConstant(p.selectors)),
    min: p.min,
    max: p.max,
    minLength: p.minLength,
    maxLength: p.maxLength,
    minItems: p.minItems,
    pattern: p.pattern,
    patternHint: p.patternHint,
    values: valuesOf(p),
    default: p.default,
    format: p.format,
    secret: p.secret || undefined,
    requires: p.requires,
    implies: p.implies,
    overrides: p.overrides,
    rules: p.rules.length > 0 ? p.rules : undefined,
  };
}

export function emitTables(spec: SpecModel, specPath: string): string {
  const typeRows = templateText(spec.dataTypes.map(dataTypeRow), 'x-clicky-data-types');
  checkRoundTrip(spec, typeRows);
  const extraSegments = spec.segments.map((s) => s.name).join(' ');
  return renderTs('tables.ts', specPath, (f) => {
    f.addImportDeclaration({
      namedImports: ['readDataTypes', 'segmentNames', 'selectTypes'],
      moduleSpecifier: '../table-rows.ts',
    });
    f.addImportDeclaration({
      isTypeOnly: true,
      namedImports: ['DataTypeInfo', 'LimitsTable', 'ParamSpec', 'PlanInfo'],
      moduleSpecifier: '../spec-types.ts',
    });
    f.addImportDeclaration({
      isTypeOnly: true,
      namedImports: ['DataType', 'OutputFormat', 'Plan', 'SegmentName'],
      moduleSpecifier: './data-types.ts',
    });
    const constant = (name: string, type: string, value: string, doc: string): void =>
      addConstant(f, name, type, value, doc);
    // Pure: a bundle that does not read a table does not carry it.
    const pure = '/* @__PURE__ */ ';
    constant(
      'DATA_TYPES',
      'Readonly<Record<DataType, DataTypeInfo>>',
      `${pure}readDataTypes(${typeRows})`,
      'What the spec says of each data type, one a line in spec order: name, category, item shape, flags.',
    );
    constant(
      'DATA_TYPE_NAMES',
      'readonly DataType[]',
      `${pure}Object.keys(DATA_TYPES) as DataType[]`,
      'Every data type, in spec order.',
    );
    constant('OUTPUT_FORMATS', 'readonly OutputFormat[]', literal(outputFormats(spec)), 'Every wire format.');
    constant(
      'SEGMENT_NAMES',
      'readonly SegmentName[]',
      `${pure}segmentNames<SegmentName>(DATA_TYPES, ${quote(extraSegments)})`,
      'Every name `segments=` accepts: the tally and popular types, then the extra segment names.',
    );
    // Each parameter's applicability is picked out of DATA_TYPES at load, once per distinct set of selectors.
    const selectorSets = new Map<string, readonly string[]>();
    for (const p of spec.params) if (!p.appliesToAll) selectorSets.set(selectorConstant(p.selectors), p.selectors);
    for (const [name, selectors] of selectorSets) {
      f.addVariableStatement({
        declarationKind: VariableDeclarationKind.Const,
        docs: [`The types of the selectors ${selectors.join(', ')}.`],
        declarations: [
          {
            name,
            type: 'readonly DataType[]',
            initializer: `${pure}selectTypes(DATA_TYPES, ${quote(selectors.join(' '))})`,
          },
        ],
      });
    }
    constant(
      'PARAMETERS',
      'readonly ParamSpec[]',
      literal(spec.params.map(paramLiteral)),
      'Every parameter, in spec order: kind, constraints, default, the types it applies to, its rules.',
    );
    addLimitsAndPlans(spec, constant);
  });
}

function addLimitsAndPlans(spec: SpecModel, constant: (n: string, t: string, v: string, d: string) => void): void {
  const l = spec.limits;
  constant(
    'LIMITS',
    'LimitsTable',
    literal({
      limitDefault: l.limitDefault,
      limitMin: l.limitMin,
      limitMax: l.limitMax,
      limitAllCap: l.limitAllCap,
      restrictedMaxRangeDays: l.restrictedMaxRangeDays,
      restrictedMaxLimit: l.restrictedMaxLimit,
      restrictedMaxConcurrentPerSite: l.restrictedMaxConcurrentPerSite,
      timeOffsetMaxSeconds: l.timeOffsetMaxSeconds,
      appMaxLength: l.appMaxLength,
    }),
    'The numbers the API enforces.',
  );
  const plans = spec.plans.map((p) => [
    p.name,
    { historyDays: p.historyDays, maxResults: p.maxResults, maxRangeDays: p.maxRangeDays },
  ]);
  constant(
    'PLANS',
    'Readonly<Record<Plan, PlanInfo>>',
    literal(Object.fromEntries(plans)),
    "Each account plan's caps.",
  );
  constant('DEFAULT_PLAN', 'Plan', quote(spec.defaultPlan), 'The plan validation assumes when none is configured.');
  constant('API_PATH', 'string', quote(spec.operationPath), 'The path of the one operation.');
}
