// Emits packages/core/src/generated/client-methods.ts: one client method per data type (visitors-list ->
// visitorsList), each taking the parameters that apply to its type and returning that type's date groups, their
// items whole or lenient as the client is strict or not. Only types: the client installs the methods at run time
// from DATA_TYPES by the same naming rule.
import type { SourceFile } from 'ts-morph';
import type { SpecModel } from './model.ts';
import { propertyKey, quote, renderTs } from './ts-file.ts';

export const CLIENT_METHODS_FILE = 'packages/core/src/generated/client-methods.ts';

/** Members of the client object a per-type method must not hide (kept equal to core's RESERVED_METHOD_NAMES). */
export const RESERVED_METHOD_NAMES: readonly string[] = ['stats', 'paginate', 'prepare', 'close', 'siteId', 'then'];

/** The method name of a data type: camelCase of its dashed name (the rule core's methodName() applies). */
export function methodName(type: string): string {
  return type.replace(/[-_]+([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

/**
 * The parameter that picks an item's fields by name (visitor-details, whose values are the properties of an item
 * schema): a method of a type with that item shape is typed by the fields it picked. One at most.
 */
function fieldPicker(
  spec: SpecModel,
): { param: SpecModel['params'][number]; schema: string; alias: string } | undefined {
  const pickers = spec.params.filter((p) => p.valuesFrom?.startsWith('properties:') && p.valuesSchema);
  if (pickers.length > 1)
    throw new Error(`parameters ${pickers.map((p) => p.name).join(', ')} all pick fields; the client types one`);
  const [p] = pickers;
  if (p?.valuesFrom === undefined || p.valuesSchema === undefined) return undefined;
  return { param: p, schema: p.valuesFrom.slice('properties:'.length), alias: p.valuesSchema };
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
  const picker = fieldPicker(spec);
  return renderTs('client-methods.ts', specPath, (f) => {
    f.addImportDeclaration({
      isTypeOnly: true,
      namedImports: ['CallOptions'],
      moduleSpecifier: '../client/call-options.ts',
    });
    f.addImportDeclaration({
      isTypeOnly: true,
      namedImports: ['ClickyPromise'],
      moduleSpecifier: '../client/response-promise.ts',
    });
    f.addImportDeclaration({
      isTypeOnly: true,
      namedImports: ['ClientItem', 'ClientResult'],
      moduleSpecifier: '../lenient.ts',
    });
    f.addImportDeclaration({
      isTypeOnly: true,
      namedImports: ['DataType', 'DateGroup', 'SegmentName', 'TypeMap', ...(picker ? [picker.alias] : [])],
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
    addFieldPickTypes(f, picker);
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
      typeParameters: [{ name: 'Strict', constraint: 'boolean', default: 'false' }],
      docs: [
        "One method per data type: `client.pages(request)` is `stats({ ...request, type: 'pages' })`'s groups. " +
          "`Strict` is the client's `strict` option: without it items are `Lenient` (any field may be absent).",
      ],
      methods: spec.dataTypes.map((t) => {
        const needs = spec.params.some((p) => applies(p, t.name) && required(p, t.name));
        const isSegmentation = t.category === 'segmentation';
        // A type whose items the picker's fields belong to gives items with only the fields it picked.
        const picks = picker !== undefined && t.item === picker.schema && applies(picker.param, t.name);
        const item = `TypeMap[${quote(t.name)}]`;
        return {
          name: methodName(t.name),
          docs: [`${t.description}${isSegmentation ? '' : ` Date groups of \`${t.name}\` items.`}`],
          typeParameters: isSegmentation
            ? [{ name: 'S', constraint: 'SegmentName' }]
            : picks
              ? [{ name: 'D', constraint: 'PickableField', default: 'never' }]
              : [],
          parameters: [
            {
              name: 'request',
              type: `TypeRequest<${quote(t.name)}${isSegmentation ? ', S' : ''}>${picks ? ' & FieldPick<D>' : ''}`,
              hasQuestionToken: !needs,
            },
            { name: 'call', type: 'CallOptions', hasQuestionToken: true },
          ],
          returnType: isSegmentation
            ? `ClickyPromise<ClientResult<${quote(t.name)}, S, Strict>>`
            : `ClickyPromise<DateGroup<ClientItem<${picks ? `PickedItem<${item}, D>` : item}, Strict>>[]>`,
        };
      }),
    });
  });
}

/**
 * PickableField, FieldPick and PickedItem: what a request may pick of an item's fields, and the item it then
 * gets (only those fields, each possibly absent, as the decoder reads a partial item). Without a picker in the
 * spec nothing can be picked and every item is whole.
 */
function addFieldPickTypes(f: SourceFile, picker: ReturnType<typeof fieldPicker>): void {
  f.addTypeAlias({
    name: 'PickableField',
    isExported: true,
    type: picker?.alias ?? 'never',
    docs: [picker ? `The field names \`${picker.param.name}\` picks.` : 'No parameter picks fields.'],
  });
  f.addTypeAlias({
    name: 'FieldPick<D extends PickableField>',
    isExported: true,
    type: picker ? `{ readonly ${propertyKey(picker.param.name)}?: D | readonly D[] }` : 'Partial<Record<never, D>>',
    docs: [picker ? `A request's \`${picker.param.name}\`, with the field names D it picks.` : 'Nothing to pick.'],
  });
  f.addTypeAlias({
    name: 'PickedItem<I, D extends PropertyKey>',
    isExported: true,
    type: '[D] extends [never] ? I : Partial<Pick<I, Extract<D, keyof I>>>',
    docs: ['An item as asked for: whole when no field was picked; else only the picked fields, each maybe absent.'],
  });
}
