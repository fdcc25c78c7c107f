// Emits packages/decoders/src/generated/: per item shape, what each field decodes to.
import { VariableDeclarationKind } from 'ts-morph';
import type { FieldKind, ShapeModel, SpecModel } from './model.ts';
import { addConstant, literal, quote, renderTs } from './ts-file.ts';

export const DECODERS_DIR = 'packages/decoders/src/generated';

export function emitDecoders(spec: SpecModel, specPath: string): Map<string, string> {
  const text = renderTs('field-tables.ts', specPath, (f) => {
    f.addImportDeclaration({ isTypeOnly: true, namedImports: ['ShapeTable'], moduleSpecifier: '@clicky-sdk/core' });
    const constant = (name: string, type: string, value: unknown, doc: string): void =>
      addConstant(f, name, type, literal(value), doc);
    constant(
      'SHAPES',
      'ShapeTable',
      Object.fromEntries(
        spec.shapes.map((s) => [
          s.name,
          {
            fields: Object.fromEntries(s.fields.map((fl) => [fl.name, fl.kind])),
            required: s.fields.filter((fl) => fl.required).map((fl) => fl.name),
            wireNames: wireNamesOf(s),
          },
        ]),
      ),
      'Each item shape: what every field decodes to (strings on the wire become these), and which fields are required.',
    );
    constant(
      'TYPE_SHAPES',
      'Readonly<Record<string, string>>',
      Object.fromEntries([
        ...spec.dataTypes.map((t) => [t.name, t.item]),
        ...spec.segments.map((s) => [s.name, s.item]),
      ]),
      'Each data type and segment name to its item shape.',
    );
    const typeItems = new Map(spec.dataTypes.map((t) => [t.name, t.item]));
    constant(
      'SEGMENT_SHAPES',
      'Readonly<Record<string, string>>',
      Object.fromEntries(spec.segments.filter((s) => typeItems.get(s.name) !== s.item).map((s) => [s.name, s.item])),
      "Each segment name whose item shape is not its data type's in core's DATA_TYPES (so typing needs no other table).",
    );
  });
  return new Map([
    [`${DECODERS_DIR}/field-tables.ts`, text],
    [`${DECODERS_DIR}/item-typers.ts`, emitItemTypers(spec, specPath)],
  ]);
}

/** A shape's other wire names, each to its field; undefined (left out of the table) when it has none. */
function wireNamesOf(shape: ShapeModel): Record<string, string> | undefined {
  const pairs = shape.fields.flatMap((fl) => (fl.wireNames ?? []).map((wire) => [wire, fl.name]));
  return pairs.length === 0 ? undefined : Object.fromEntries(pairs);
}

const CONVERTER: Record<string, string> = {
  integer: 'asInteger',
  number: 'asNumber',
  boolean: 'asBoolean',
  string: 'asText',
  'string-map': 'asMap',
};

/**
 * One statement typing one field in place: convert when present. An absent value comes back as DROP, which the
 * caller removes once the item is typed (cheaper to write, and rare, than a delete per field).
 */
function fieldStatement(name: string, kind: FieldKind): string {
  const key = quote(name);
  const args = `v, w, prefix, ${key}`;
  const convert =
    typeof kind === 'string'
      ? `${CONVERTER[kind]}(${args})`
      : 'list' in kind
        ? `asList(${args})`
        : `asObject(${args}, type${kind.object})`;
  // A string field (an empty string is a value too) needs work only when it holds something else.
  const guard =
    kind === 'string'
      ? `typeof (v = item[${key}]) !== 'string' && v !== undefined`
      : `(v = item[${key}]) !== undefined`;
  return `if (${guard}) item[${key}] = ${convert};`;
}

/** Per item shape, a function that types an item in place with direct property access (fast in every engine). */
function emitItemTypers(spec: SpecModel, specPath: string): string {
  return renderTs('item-typers.ts', specPath, (f) => {
    f.addImportDeclaration({
      namedImports: [
        'asBoolean',
        'asInteger',
        'asList',
        'asMap',
        'asNumber',
        'asObject',
        'asText',
        'DROP',
        'fromWireName',
        'missing',
      ],
      moduleSpecifier: '../typing/kit.ts',
    });
    f.addImportDeclaration({
      isTypeOnly: true,
      namedImports: ['Item', 'ItemTyper', 'Where'],
      moduleSpecifier: '../typing/kit.ts',
    });
    for (const shape of spec.shapes) {
      // A field sent under another name is moved to its own name first, then typed as the field.
      const renames = Object.entries(wireNamesOf(shape) ?? {}).map(
        ([wire, field]) =>
          `if (item[${quote(wire)}] !== undefined) fromWireName(item, w, ${quote(wire)}, ${quote(field)});`,
      );
      const body = [
        'let v: unknown;',
        ...renames,
        ...shape.fields.map((fl) => fieldStatement(fl.name, fl.kind)),
        ...shape.fields
          .filter((fl) => fl.required)
          .map(
            (fl) =>
              `if ((v = item[${quote(fl.name)}]) === undefined || v === DROP) missing(w, prefix, ${quote(fl.name)});`,
          ),
      ];
      f.addFunction({
        name: `type${shape.name}`,
        parameters: [
          { name: 'item', type: 'Item' },
          { name: 'w', type: 'Where' },
          { name: 'prefix', type: 'string' },
        ],
        returnType: 'void',
        docs: [`Types a ${shape.name} in place.`],
        statements: body.join('\n'),
      });
    }
    f.addVariableStatement({
      declarationKind: VariableDeclarationKind.Const,
      isExported: true,
      docs: ['Each item shape to its typer.'],
      declarations: [
        {
          name: 'ITEM_TYPERS',
          type: 'Readonly<Record<string, ItemTyper>>',
          initializer: `{\n${spec.shapes.map((s) => `  ${s.name}: (item, w) => type${s.name}(item, w, ''),`).join('\n')}\n}`,
        },
      ],
    });
  });
}
