// Emits packages/cli/src/generated/tables.ts: each item shape as DuckDB columns, a from_json structure and CSV
// columns, and each data type's archive table (its DDL and key), so the CLI's archive and exports follow the spec.
import type { FieldKind, ShapeModel, SpecModel } from './model.ts';
import { addConstant, literal, renderTs } from './ts-file.ts';

export const CLI_DIR = 'packages/cli/src/generated';

const SQL_SCALAR: Record<string, string> = {
  integer: 'BIGINT',
  number: 'DOUBLE',
  boolean: 'BOOLEAN',
  string: 'VARCHAR',
  'string-map': 'JSON',
};

const ident = (name: string): string => `"${name.replace(/"/g, '""')}"`;

/** The table name of a data type: its name with dashes as underscores. */
export function tableName(type: string): string {
  return type.replace(/-/g, '_');
}

function shapeOf(spec: SpecModel, name: string): ShapeModel {
  const shape = spec.shapes.find((s) => s.name === name);
  if (shape === undefined) throw new Error(`item shape ${name} is not in the spec`);
  return shape;
}

function sqlType(spec: SpecModel, kind: FieldKind): string {
  if (typeof kind === 'string') return SQL_SCALAR[kind] as string;
  if ('list' in kind) return 'VARCHAR[]';
  const nested = shapeOf(spec, kind.object);
  return `STRUCT(${nested.fields.map((f) => `${ident(f.name)} ${sqlType(spec, f.kind)}`).join(', ')})`;
}

function structure(spec: SpecModel, kind: FieldKind): unknown {
  if (typeof kind === 'string') return SQL_SCALAR[kind];
  if ('list' in kind) return ['VARCHAR'];
  return Object.fromEntries(shapeOf(spec, kind.object).fields.map((f) => [f.name, structure(spec, f.kind)]));
}

function csvColumns(spec: SpecModel, shape: ShapeModel, prefix: string[] = []): unknown[] {
  return shape.fields.flatMap((f) => {
    const path = [...prefix, f.name];
    if (typeof f.kind === 'object' && 'object' in f.kind) return csvColumns(spec, shapeOf(spec, f.kind.object), path);
    const kind = typeof f.kind === 'object' || f.kind === 'string-map' ? 'json' : f.kind;
    return [{ header: path.join('.'), path, kind }];
  });
}

/** The archive table of one data type. Types answered by date get a `date` column leading their key. */
function typeTable(spec: SpecModel, type: SpecModel['dataTypes'][number]): Record<string, unknown> {
  const shape = shapeOf(spec, type.item);
  const byDate = type.category === 'tally' || type.category === 'popular';
  const contentKey = shape.key === undefined;
  const key = [...(byDate ? ['date'] : []), ...(shape.key ?? (byDate ? [] : ['row_key']))];
  const keyOnly = contentKey && byDate ? [...key, 'row_key'] : key;
  const columns = [
    ...(byDate ? ['"date" DATE NOT NULL'] : []),
    ...(contentKey ? ['"row_key" VARCHAR NOT NULL'] : []),
    ...shape.fields.map(
      (f) => `${ident(f.name)} ${sqlType(spec, f.kind)}${f.required || keyOnly.includes(f.name) ? ' NOT NULL' : ''}`,
    ),
    `PRIMARY KEY (${keyOnly.map(ident).join(', ')})`,
  ];
  return {
    table: tableName(type.name),
    shape: shape.name,
    category: type.category,
    restricted: type.restricted,
    ignoresDate: type.ignoresDate,
    key: keyOnly,
    contentKey,
    ddl: `CREATE TABLE IF NOT EXISTS ${ident(tableName(type.name))} (${columns.join(', ')})`,
  };
}

export function emitCli(spec: SpecModel, specPath: string): Map<string, string> {
  const text = renderTs('tables.ts', specPath, (f) => {
    f.addImportDeclaration({
      isTypeOnly: true,
      namedImports: ['ShapeColumns', 'TypeTable'],
      moduleSpecifier: '../table-spec.ts',
    });
    const constant = (name: string, type: string, value: unknown, doc: string): void =>
      addConstant(f, name, type, literal(value), doc);
    constant(
      'SHAPE_COLUMNS',
      'Readonly<Record<string, ShapeColumns>>',
      Object.fromEntries(
        spec.shapes.map((s) => [
          s.name,
          {
            columns: s.fields.map((fl) => ({ name: fl.name, sql: sqlType(spec, fl.kind), required: fl.required })),
            csv: csvColumns(spec, s),
            structure: JSON.stringify(Object.fromEntries(s.fields.map((fl) => [fl.name, structure(spec, fl.kind)]))),
          },
        ]),
      ),
      'Each item shape as DuckDB columns, the from_json structure of one item, and its CSV columns.',
    );
    constant(
      'TYPE_TABLES',
      'Readonly<Record<string, TypeTable>>',
      Object.fromEntries(
        spec.dataTypes.filter((t) => t.category !== 'segmentation').map((t) => [t.name, typeTable(spec, t)]),
      ),
      'Each data type an archive can keep (segmentation needs segments, so it has none): its table.',
    );
  });
  return new Map([
    [`${CLI_DIR}/tables.ts`, text],
    [
      `${CLI_DIR}/index.ts`,
      renderTs('index.ts', specPath, (f) => {
        f.addExportDeclaration({ moduleSpecifier: './tables.ts' });
      }),
    ],
  ]);
}
