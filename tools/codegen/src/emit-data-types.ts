// Emits generated/data-types.ts: the unions of type names, the item shapes, and the result types built on them.
import type { SourceFile } from 'ts-morph';
import { isRecord } from '../../../packages/core/src/guards.ts';
import { PARAM_ROLES } from '../../../packages/core/src/param-roles.ts';
import type { SpecModel } from './model.ts';
import { propertyKey, quote, renderTs } from './ts-file.ts';

export const union = (names: readonly string[]): string =>
  names.length === 0 ? 'never' : names.map(quote).join(' | ');

/** The schemas whose enum is another schema's field names (`x-clicky-enum-from: properties:SCHEMA`). */
function fieldNameEnums(spec: SpecModel): [string, string[]][] {
  const schemas = (spec.document.components as { schemas?: Record<string, unknown> } | undefined)?.schemas ?? {};
  return Object.entries(schemas).flatMap(([name, s]) =>
    isRecord(s) && String(s['x-clicky-enum-from']).startsWith('properties:') && Array.isArray(s.enum)
      ? [[name, s.enum.map(String)] as [string, string[]]]
      : [],
  );
}

export function emitDataTypes(spec: SpecModel, specPath: string): string {
  const byCat = (c: string): string[] => spec.dataTypes.filter((t) => t.category === c).map((t) => t.name);
  const flagged = (flag: 'hourly' | 'restricted'): string[] => spec.dataTypes.filter((t) => t[flag]).map((t) => t.name);
  const onAPlan = spec.dataTypes.filter((t) => t.plan !== undefined).map((t) => t.name);
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
    alias('HourlyType', union(flagged('hourly')), 'Types that answer `hourly=1`.');
    alias(
      'RestrictedType',
      union(flagged('restricted')),
      'Types under the hard limits: a short range, 1,000 items a page, one request in flight per IP address and site.',
    );
    alias('PremiumType', union(onAPlan), 'Types that need a paid plan (`DATA_TYPES[type].plan` says which).');
    alias(
      'SegmentName',
      union(spec.segmentNames),
      'What `segments=` accepts: tally and popular types plus the extra segment names.',
    );
    for (const [name, values] of fieldNameEnums(spec)) {
      alias(name, union(values), `The field names \`${name}\` lists (a parameter's values).`);
    }
    alias('Plan', union(spec.plans.map((p) => p.name)), 'Account plans, whose caps validation applies.');
    alias('OutputFormat', union(outputFormats(spec)), 'The wire formats `output=` asks for.');
    // Each shape as a Pick of its whole schema: the same type, but one that keeps the alias's name, so an editor
    // shows `DateGroup<PopularItem>[]` where an alias of `components['schemas'][...]` is shown expanded, field by
    // field, at every use. Unlike an interface it stays assignable to Record<string, unknown>.
    for (const shape of spec.shapes) {
      const schema = `components['schemas'][${quote(shape.name)}]`;
      alias(shape.name, `Pick<${schema}, keyof ${schema}>`, shape.description ?? `The ${shape.name} item shape.`);
    }
    addResultTypes(spec, f);
  });
}

/** The values of the output parameter: the wire formats, written once for every package. */
export function outputFormats(spec: SpecModel): string[] {
  return spec.params.find((p) => p.name === PARAM_ROLES.output)?.values ?? [];
}
/** TypeMap, SegmentMap, ItemOf, DateGroup and StatsResult: a result typed by exactly the requested types. */
function addResultTypes(spec: SpecModel, f: SourceFile): void {
  const alias = (name: string, type: string, doc: string): void => {
    f.addTypeAlias({ name, type, isExported: true, docs: [doc] });
  };
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
}
