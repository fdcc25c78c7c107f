// Emits packages/core/src/generated/: the OpenAPI types, the data-type and parameter types, and the runtime tables.
import openapiTS, { astToString } from 'openapi-typescript';
import { type SourceFile, StructureKind, VariableDeclarationKind } from 'ts-morph';
import type { ParamModel, SpecModel } from './model.ts';
import { header, literal, propertyKey, quote, Raw, renderTs } from './ts-file.ts';

export const CORE_DIR = 'packages/core/src/generated';

const union = (names: readonly string[]): string => (names.length === 0 ? 'never' : names.map(quote).join(' | '));

export async function emitCore(spec: SpecModel, specPath: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  files.set(`${CORE_DIR}/openapi.ts`, await emitOpenApi(spec, specPath));
  files.set(`${CORE_DIR}/data-types.ts`, emitDataTypes(spec, specPath));
  files.set(`${CORE_DIR}/params.ts`, emitParams(spec, specPath));
  files.set(`${CORE_DIR}/tables.ts`, emitTables(spec, specPath));
  files.set(
    `${CORE_DIR}/index.ts`,
    renderTs('index.ts', specPath, (f) => {
      for (const m of ['./openapi.ts', './data-types.ts', './params.ts', './tables.ts'])
        f.addExportDeclaration({ moduleSpecifier: m });
    }),
  );
  return files;
}

/** openapi-typescript's rendering of the whole document: wire-level `paths`, `operations` and `components`. */
async function emitOpenApi(spec: SpecModel, specPath: string): Promise<string> {
  const ast = await openapiTS(spec.document as never, { silent: true, alphabetize: false });
  const body = astToString(ast).trim();
  return `${header(specPath)}/* eslint-disable */\n\n${body}\n`;
}

function emitDataTypes(spec: SpecModel, specPath: string): string {
  const byCat = (c: string): string[] => spec.dataTypes.filter((t) => t.category === c).map((t) => t.name);
  return renderTs('data-types.ts', specPath, (f) => {
    f.addImportDeclaration({ isTypeOnly: true, namedImports: ['components'], moduleSpecifier: './openapi.ts' });
    const alias = (name: string, type: string, doc: string): void => {
      f.addTypeAlias({ name, type, isExported: true, docs: [doc] });
    };
    alias('DataType', union(spec.dataTypes.map((t) => t.name)), 'Every data type the API answers for.');
    alias('TallyType', union(byCat('tally')), 'Tally types: one number per date group.');
    alias('PopularType', union(byCat('popular')), 'Popular types: items ordered most to least.');
    alias('ChronologicalType', union(byCat('chronological')), 'Chronological types: items newest first.');
    alias('SegmentationType', union(byCat('segmentation')), 'The segmentation type.');
    alias(
      'HourlyType',
      union(spec.dataTypes.filter((t) => t.hourly).map((t) => t.name)),
      'Types that answer `hourly=1`.',
    );
    alias(
      'RestrictedType',
      union(spec.dataTypes.filter((t) => t.restricted).map((t) => t.name)),
      'Types under the hard limits: a short range, 1,000 items a page, one request in flight per site.',
    );
    alias(
      'PremiumType',
      union(spec.dataTypes.filter((t) => t.premium).map((t) => t.name)),
      'Types that need a paid plan.',
    );
    alias(
      'SegmentName',
      union([...byCat('tally'), ...byCat('popular'), ...spec.segments.map((s) => s.name)]),
      'What `segments=` accepts: tally and popular types plus the extra segment names.',
    );
    const visitorsList = spec.shapes.find(
      (s) => s.name === spec.dataTypes.find((t) => t.name === 'visitors-list')?.item,
    );
    alias(
      'VisitorDetail',
      union(visitorsList?.fields.map((fl) => fl.name) ?? []),
      'Field names `visitor-details=` accepts.',
    );
    alias('Plan', union(spec.plans.map((p) => p.name)), 'Account plans, whose caps validation applies.');
    alias('OutputFormat', union(outputFormats(spec)), 'The wire formats `output=` asks for.');
    for (const shape of spec.shapes) {
      alias(
        shape.name,
        `components['schemas'][${quote(shape.name)}]`,
        shape.description ?? `The ${shape.name} item shape.`,
      );
    }
    f.addInterface({
      name: 'TypeMap',
      isExported: true,
      docs: ['Each data type to the shape of its items.'],
      properties: spec.dataTypes.map((t) => ({ name: propertyKey(t.name), type: t.item, docs: [t.description] })),
    });
    f.addInterface({
      name: 'SegmentMap',
      isExported: true,
      docs: ['Each extra segment name to the shape of its items.'],
      properties: spec.segments.map((s) => ({ name: propertyKey(s.name), type: s.item, docs: [s.description] })),
    });
    alias(
      'ItemOf<K>',
      'K extends keyof TypeMap ? TypeMap[K] : K extends keyof SegmentMap ? SegmentMap[K] : never',
      'The item shape of a data type or segment name.',
    );
    f.addInterface({
      name: 'DateGroup',
      typeParameters: [{ name: 'Item' }],
      isExported: true,
      docs: ["One date or range of one type, its items in the API's order."],
      properties: [
        {
          name: 'date',
          type: 'string',
          isReadonly: true,
          docs: ['The label as the API sent it: YYYY-MM-DD, or START,END for a range.'],
        },
        { name: 'start', type: 'string', isReadonly: true, docs: ['First day of the group (YYYY-MM-DD).'] },
        {
          name: 'end',
          type: 'string',
          isReadonly: true,
          docs: ['Last day of the group (YYYY-MM-DD); equals start for one day.'],
        },
        { name: 'items', type: 'Item[]', isReadonly: true },
      ],
    });
    alias(
      'ResultKey<T extends DataType, S extends SegmentName>',
      'Exclude<T, SegmentationType> | (SegmentationType extends T ? S : never)',
      'The keys of a result: the requested types, with segmentation replaced by its segments.',
    );
    alias(
      'StatsResult<T extends DataType = DataType, S extends SegmentName = never>',
      '{ [K in ResultKey<T, S>]: DateGroup<ItemOf<K>>[] }',
      'A decoded answer: exactly the requested types, each a list of date groups.',
    );
  });
}

/** The values of the `output` parameter: the wire formats, written once for every package. */
function outputFormats(spec: SpecModel): string[] {
  return spec.params.find((p) => p.name === 'output')?.values ?? [];
}

/** The TypeScript type a caller writes for a parameter. */
function paramType(p: ParamModel): string {
  switch (p.kind) {
    case 'integer':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'string':
      return p.format === 'comparison' ? 'string | number' : 'string';
    case 'enum':
      return p.name === 'output' ? 'OutputFormat' : union(p.values ?? []);
    case 'list': {
      const item =
        p.name === 'type'
          ? 'T'
          : p.name === 'segments'
            ? 'S'
            : p.name === 'visitor-details'
              ? 'VisitorDetail'
              : 'string';
      return `${item} | readonly ${item}[]`;
    }
    case 'map':
      return 'Readonly<Record<string, string>>';
    case 'date':
      return 'string';
    case 'limit':
      return "number | 'all'";
  }
}

function paramDoc(p: ParamModel): string {
  const lines = [p.description];
  if (p.default !== undefined) lines.push(`@defaultValue ${JSON.stringify(p.default)}`);
  lines.push(`Applies to: ${p.selectors.join(', ')}.`);
  return lines.join('\n\n');
}

function emitParams(spec: SpecModel, specPath: string): string {
  return renderTs('params.ts', specPath, (f) => {
    f.addImportDeclaration({
      isTypeOnly: true,
      namedImports: ['DataType', 'OutputFormat', 'SegmentName', 'VisitorDetail'],
      moduleSpecifier: './data-types.ts',
    });
    f.addInterface({
      kind: StructureKind.Interface,
      name: 'StatsParams',
      typeParameters: [
        { name: 'T', constraint: 'DataType', default: 'DataType' },
        { name: 'S', constraint: 'SegmentName', default: 'SegmentName' },
      ],
      isExported: true,
      docs: ["Every query parameter of `GET /api/stats/4`, by the API's own names."],
      properties: spec.params.map((p) => ({
        name: propertyKey(p.name),
        type: paramType(p),
        hasQuestionToken: !p.required,
        isReadonly: true,
        docs: [paramDoc(p)],
      })),
    });
    const secret = spec.params.filter((p) => p.secret || p.name === 'site_id').map((p) => quote(p.name));
    f.addTypeAlias({
      name: 'StatsRequest<T extends DataType = DataType, S extends SegmentName = SegmentName>',
      type: `Omit<StatsParams<T, S>, ${secret.join(' | ')}>`,
      isExported: true,
      docs: ["A request as a client takes it: the parameters without the site's credentials, which the client holds."],
    });
    f.addTypeAlias({ name: 'ParamName', type: 'keyof StatsParams', isExported: true, docs: ['Every parameter name.'] });
  });
}

function emitTables(spec: SpecModel, specPath: string): string {
  return renderTs('tables.ts', specPath, (f: SourceFile) => {
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
    const constant = (name: string, type: string, value: string, doc: string): void => {
      f.addVariableStatement({
        declarationKind: VariableDeclarationKind.Const,
        isExported: true,
        docs: [doc],
        declarations: [{ name, type, initializer: value }],
      });
    };
    constant(
      'DATA_TYPES',
      'Readonly<Record<DataType, DataTypeInfo>>',
      literal(
        Object.fromEntries(
          spec.dataTypes.map((t) => [
            t.name,
            {
              category: t.category,
              item: t.item,
              hourly: t.hourly,
              premium: t.premium,
              restricted: t.restricted,
              ignoresDate: t.ignoresDate,
            },
          ]),
        ),
      ),
      'What the spec says of each data type.',
    );
    constant(
      'DATA_TYPE_NAMES',
      'readonly DataType[]',
      literal(spec.dataTypes.map((t) => t.name)),
      'Every data type, in spec order.',
    );
    constant('OUTPUT_FORMATS', 'readonly OutputFormat[]', literal(outputFormats(spec)), 'Every wire format.');
    constant(
      'SEGMENT_NAMES',
      'readonly SegmentName[]',
      literal([
        ...spec.dataTypes.filter((t) => t.category === 'tally' || t.category === 'popular').map((t) => t.name),
        ...spec.segments.map((s) => s.name),
      ]),
      'Every name `segments=` accepts.',
    );
    // Lists several parameters share are written once, as constants, and referenced: a smaller bundle.
    const dataTypeNames = spec.dataTypes.map((t) => t.name).join();
    const segmentNames = [
      ...spec.dataTypes.filter((t) => t.category === 'tally' || t.category === 'popular').map((t) => t.name),
      ...spec.segments.map((s) => s.name),
    ].join();
    const shared = new Map<string, string>();
    for (const p of spec.params) {
      if (p.appliesToAll) continue;
      const key = p.appliesTo.join();
      if (shared.has(key)) continue;
      const name = `TYPES_${p.selectors
        .map((sel) => sel.replace(/^category:/, ''))
        .join('_')
        .replace(/-/g, '_')
        .toUpperCase()}`;
      shared.set(key, name);
      // Whole categories are picked out of DATA_TYPES at load time rather than listed again.
      const categories = p.selectors.every((sel) => sel.startsWith('category:'))
        ? p.selectors.map((sel) => sel.slice('category:'.length))
        : undefined;
      const initializer = categories
        ? `DATA_TYPE_NAMES.filter((t) => ${categories.map((c) => `DATA_TYPES[t].category === ${quote(c)}`).join(' || ')})`
        : literal(p.appliesTo);
      f.addVariableStatement({
        declarationKind: VariableDeclarationKind.Const,
        docs: [`The types a parameter applying to ${p.selectors.join(', ')} applies to.`],
        declarations: [{ name, type: 'readonly DataType[]', initializer }],
      });
    }
    const values = (v: string[] | undefined): unknown =>
      v === undefined
        ? undefined
        : v.join() === dataTypeNames
          ? new Raw('DATA_TYPE_NAMES')
          : v.join() === segmentNames
            ? new Raw('SEGMENT_NAMES')
            : v;
    constant(
      'PARAMETERS',
      'readonly ParamSpec[]',
      literal(
        spec.params.map((p) => ({
          name: p.name,
          kind: p.kind,
          required: p.required,
          appliesTo: p.appliesToAll ? '*' : new Raw(shared.get(p.appliesTo.join()) as string),
          min: p.min,
          max: p.max,
          minLength: p.minLength,
          maxLength: p.maxLength,
          minItems: p.minItems,
          pattern: p.pattern,
          values: values(p.values),
          default: p.default,
          format: p.format,
          secret: p.secret || undefined,
          requires: p.requires,
          rules: p.rules.length > 0 ? p.rules : undefined,
        })),
      ),
      'Every parameter, in spec order: kind, constraints, default and the types it applies to.',
    );
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
    constant(
      'PLANS',
      'Readonly<Record<Plan, PlanInfo>>',
      literal(
        Object.fromEntries(
          spec.plans.map((p) => [
            p.name,
            { historyDays: p.historyDays, maxResults: p.maxResults, maxRangeDays: p.maxRangeDays },
          ]),
        ),
      ),
      "Each account plan's caps.",
    );
    constant('DEFAULT_PLAN', 'Plan', quote(spec.defaultPlan), 'The plan validation assumes when none is configured.');
    constant('API_PATH', 'string', quote(spec.operationPath), 'The path of the one operation.');
  });
}
