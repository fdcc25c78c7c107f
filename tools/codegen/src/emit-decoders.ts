// Emits packages/decoders/src/generated/: per item shape, what each field decodes to.
import { VariableDeclarationKind } from 'ts-morph';
import type { FieldKind, SpecModel } from './model.ts';
import { literal, renderTs } from './ts-file.ts';

export const DECODERS_DIR = 'packages/decoders/src/generated';

const fieldSpec = (k: FieldKind): unknown => k;

export function emitDecoders(spec: SpecModel, specPath: string): Map<string, string> {
  const text = renderTs('field-tables.ts', specPath, (f) => {
    f.addImportDeclaration({ isTypeOnly: true, namedImports: ['ShapeTable'], moduleSpecifier: '../shape-table.ts' });
    const constant = (name: string, type: string, value: unknown, doc: string): void => {
      f.addVariableStatement({
        declarationKind: VariableDeclarationKind.Const,
        isExported: true,
        docs: [doc],
        declarations: [{ name, type, initializer: literal(value) }],
      });
    };
    constant(
      'SHAPES',
      'ShapeTable',
      Object.fromEntries(
        spec.shapes.map((s) => [
          s.name,
          {
            fields: Object.fromEntries(s.fields.map((fl) => [fl.name, fieldSpec(fl.kind)])),
            required: s.fields.filter((fl) => fl.required).map((fl) => fl.name),
          },
        ]),
      ),
      'Each item shape: what every field decodes to (strings on the wire become these), and which fields are required.',
    );
    constant(
      'TYPE_SHAPES',
      'Readonly<Record<string, string>>',
      Object.fromEntries([...spec.dataTypes.map((t) => [t.name, t.item]), ...spec.segments.map((s) => [s.name, s.item])]),
      'Each data type and segment name to its item shape.',
    );
    constant(
      'TALLY_TYPES',
      'readonly string[]',
      spec.dataTypes.filter((t) => t.category === 'tally').map((t) => t.name),
      'Tally types (the CSV date,value layout applies when every requested type is one).',
    );
  });
  return new Map([
    [`${DECODERS_DIR}/field-tables.ts`, text],
    [`${DECODERS_DIR}/index.ts`, renderTs('index.ts', specPath, (f) => void f.addExportDeclaration({ moduleSpecifier: './field-tables.ts' }))],
  ]);
}
