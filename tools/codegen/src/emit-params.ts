// Emits generated/params.ts: StatsParams (every query parameter, typed by its kind) and StatsRequest.
import { StructureKind } from 'ts-morph';
import { PARAM_ROLES } from '../../../packages/core/src/param-roles.ts';
import { union } from './emit-data-types.ts';
import type { ParamModel, SpecModel } from './model.ts';
import { ENUM_SOURCES } from './read/enums.ts';
import { propertyKey, renderTs } from './ts-file.ts';

/**
 * The element type of a list parameter, from where its values come: the data types bind the generic T and the
 * segment names the generic S (so a result is typed by exactly what was asked), a schema of field names its
 * own alias (VisitorDetail), anything else a string.
 */
function listItemType(p: ParamModel): string {
  if (p.valuesFrom === ENUM_SOURCES.dataTypes) return 'T';
  if (p.valuesFrom === ENUM_SOURCES.segments) return 'S';
  if (p.valuesFrom?.startsWith('properties:') && p.valuesSchema) return p.valuesSchema;
  return 'string';
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
      return p.name === PARAM_ROLES.output ? 'OutputFormat' : union(p.values ?? []);
    case 'list': {
      const item = listItemType(p);
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

/**
 * A selector in words: `*` is every type, `category:popular` the popular types (a category of one type of its
 * own name, segmentation, is that type), a type name itself.
 */
function selectorWords(spec: SpecModel, selector: string): string {
  if (selector === '*') return 'every type';
  if (!selector.startsWith('category:')) return selector;
  const category = selector.slice('category:'.length);
  const members = spec.dataTypes.filter((t) => t.category === category).map((t) => t.name);
  return members.length === 1 && members[0] === category ? category : `${category} types`;
}

/**
 * A parameter's hover text: what it means, what it applies to, and the API's default. The default comes last: a
 * tag takes in every line after it, so anything below it would read as part of the default. The clients choose
 * some values themselves (`output`): the doc says so, since the API's default is not what they send.
 */
function paramDoc(spec: SpecModel, p: ParamModel): string {
  const lines = [p.description, `Applies to: ${p.selectors.map((s) => selectorWords(spec, s)).join(', ')}.`];
  if (p.name === PARAM_ROLES.output) lines.push("The SDK's clients ask for json unless told otherwise.");
  if (p.default !== undefined) lines.push(`@defaultValue ${JSON.stringify(p.default)} (the API's default)`);
  return lines.join('\n\n');
}

export function emitParams(spec: SpecModel, specPath: string): string {
  const aliases = [...new Set(spec.params.map(listItemType).filter((t) => !['T', 'S', 'string'].includes(t)))];
  return renderTs('params.ts', specPath, (f) => {
    f.addImportDeclaration({
      isTypeOnly: true,
      namedImports: ['DataType', 'OutputFormat', 'SegmentName', ...aliases].sort(),
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
        docs: [paramDoc(spec, p)],
      })),
    });
    const credentials = spec.params.filter((p) => p.secret || p.name === PARAM_ROLES.siteId).map((p) => `'${p.name}'`);
    f.addTypeAlias({
      name: 'StatsRequest<T extends DataType = DataType, S extends SegmentName = SegmentName>',
      type: `Omit<StatsParams<T, S>, ${credentials.join(' | ')}>`,
      isExported: true,
      docs: ["A request as a client takes it: the parameters without the site's credentials, which the client holds."],
    });
    f.addTypeAlias({ name: 'ParamName', type: 'keyof StatsParams', isExported: true, docs: ['Every parameter name.'] });
  });
}
