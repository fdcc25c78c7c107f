// Emits packages/core/src/generated/client-methods.ts: one client method per data type (visitors-list ->
// visitorsList), each taking the parameters that apply to its type and returning that type's date groups.
// Only types: the client installs the methods at run time from DATA_TYPES by the same naming rule.
import type { SpecModel } from './model.ts';
import { propertyKey, quote, renderTs } from './ts-file.ts';

export const CLIENT_METHODS_FILE = 'packages/core/src/generated/client-methods.ts';

/** Members of the client object a per-type method must not hide (kept equal to core's RESERVED_METHOD_NAMES). */
export const RESERVED_METHOD_NAMES: readonly string[] = ['stats', 'paginate', 'prepare', 'close', 'siteId', 'then'];

/** The method name of a data type: camelCase of its dashed name (the rule core's methodName() applies). */
export function methodName(type: string): string {
  return type.replace(/[-_]+([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

/** Parameters a client holds or a method sets: never part of a per-type request. */
const NOT_IN_REQUEST = new Set(['site_id', 'sitekey', 'type']);

export function emitClientMethods(spec: SpecModel, specPath: string): string {
  const seen = new Map<string, string>();
  for (const t of spec.dataTypes) {
    const name = methodName(t.name);
    if (RESERVED_METHOD_NAMES.includes(name))
      throw new Error(`x-clicky-data-types.${t.name}: its method name ${name} would hide the client's own ${name}`);
    const other = seen.get(name);
    if (other) throw new Error(`x-clicky-data-types.${t.name}: method name ${name} is also ${other}'s`);
    seen.set(name, t.name);
  }
  return renderTs('client-methods.ts', specPath, (f) => {
    f.addImportDeclaration({
      isTypeOnly: true,
      namedImports: ['CallOptions'],
      moduleSpecifier: '../client/exchange.ts',
    });
    f.addImportDeclaration({
      isTypeOnly: true,
      namedImports: ['ClickyPromise'],
      moduleSpecifier: '../client/response-promise.ts',
    });
    f.addImportDeclaration({
      isTypeOnly: true,
      namedImports: ['DataType', 'DateGroup', 'SegmentName', 'StatsResult', 'TypeMap'],
      moduleSpecifier: './data-types.ts',
    });
    f.addImportDeclaration({ isTypeOnly: true, namedImports: ['StatsRequest'], moduleSpecifier: './params.ts' });
    const applies = (param: SpecModel['params'][number], type: string): boolean =>
      !NOT_IN_REQUEST.has(param.name) && (param.appliesToAll || param.appliesTo.includes(type));
    const required = (param: SpecModel['params'][number], type: string): boolean =>
      param.rules.includes('required-when-applicable') && param.appliesTo.includes(type);
    f.addInterface({
      name: 'TypeParams',
      isExported: true,
      docs: ['Each data type to the names of the parameters that apply to it (beyond the type itself).'],
      properties: spec.dataTypes.map((t) => ({
        name: propertyKey(t.name),
        type: spec.params
          .filter((p) => applies(p, t.name))
          .map((p) => quote(p.name))
          .join(' | '),
      })),
    });
    f.addInterface({
      name: 'TypeRequired',
      isExported: true,
      docs: ['Each data type to the names of the parameters it cannot go without (`never` for none).'],
      properties: spec.dataTypes.map((t) => {
        const names = spec.params.filter((p) => applies(p, t.name) && required(p, t.name)).map((p) => quote(p.name));
        return { name: propertyKey(t.name), type: names.length === 0 ? 'never' : names.join(' | ') };
      }),
    });
    f.addTypeAlias({
      name: 'TypeRequest<T extends DataType, S extends SegmentName = never>',
      isExported: true,
      type: 'Pick<StatsRequest<T, S>, Exclude<TypeParams[T], TypeRequired[T]>> & Required<Pick<StatsRequest<T, S>, TypeRequired[T]>>',
      docs: ['The request of a per-type method: the parameters that apply to its type, the required ones required.'],
    });
    f.addTypeAlias({
      name: 'TypedStatsRequest<T extends DataType, S extends SegmentName = never>',
      isExported: true,
      type: [
        'DataType extends T',
        '  ? StatsRequest<T, S>',
        '  : TypeRequest<T, S> &',
        `      ({ readonly type: T | readonly T[] } | { readonly alert_id: number; readonly type?: T | readonly T[] })`,
      ].join('\n'),
      docs: [
        'What `stats()` takes: the types asked for (or an `alert_id`, which implies its type) and only the ' +
          'parameters that apply to at least one of them, the required ones required. A request whose types are ' +
          'known only at run time (T is every type) may hold any parameter: validation checks it before sending.',
      ],
    });
    f.addInterface({
      name: 'TypeMethods',
      isExported: true,
      docs: ["One method per data type: `client.pages(request)` is `stats({ ...request, type: 'pages' })`'s groups."],
      methods: spec.dataTypes.map((t) => {
        const needs = spec.params.some((p) => applies(p, t.name) && required(p, t.name));
        const isSegmentation = t.category === 'segmentation';
        return {
          name: methodName(t.name),
          docs: [`${t.description}${isSegmentation ? '' : ` Date groups of \`${t.name}\` items.`}`],
          typeParameters: isSegmentation ? [{ name: 'S', constraint: 'SegmentName' }] : [],
          parameters: [
            {
              name: 'request',
              type: `TypeRequest<${quote(t.name)}${isSegmentation ? ', S' : ''}>`,
              hasQuestionToken: !needs,
            },
            { name: 'call', type: 'CallOptions', hasQuestionToken: true },
          ],
          returnType: isSegmentation
            ? `ClickyPromise<StatsResult<${quote(t.name)}, S>>`
            : `ClickyPromise<DateGroup<TypeMap[${quote(t.name)}]>[]>`,
        };
      }),
    });
  });
}
