// Emits packages/core/src/generated/: the OpenAPI types, the data-type and parameter types, and the runtime tables.
import openapiTS, { astToString } from 'openapi-typescript';
import { emitDataTypes } from './emit-data-types.ts';
import { emitParams } from './emit-params.ts';
import { emitTables } from './emit-tables.ts';
import type { SpecModel } from './model.ts';
import { header, renderTs } from './ts-file.ts';

export const CORE_DIR = 'packages/core/src/generated';

export async function emitCore(spec: SpecModel, specPath: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  files.set(`${CORE_DIR}/openapi.ts`, await emitOpenApi(spec, specPath));
  files.set(`${CORE_DIR}/data-types.ts`, emitDataTypes(spec, specPath));
  files.set(`${CORE_DIR}/params.ts`, emitParams(spec, specPath));
  files.set(`${CORE_DIR}/tables.ts`, emitTables(spec, specPath));
  files.set(`${CORE_DIR}/index.ts`, emitIndex(files, specPath));
  return files;
}

/** openapi-typescript's types published as they are; its empty `webhooks` and `$defs` are left out. */
const OPENAPI_EXPORTS = ['components', 'operations', 'paths'];

/** The generated index exports every generated name by name: values, then types, file by file. */
function emitIndex(files: ReadonlyMap<string, string>, specPath: string): string {
  return renderTs('index.ts', specPath, (f) => {
    for (const [path, text] of files) {
      const file = path.slice(CORE_DIR.length + 1);
      const values = [...text.matchAll(/^export const (\w+)/gm)].map((m) => m[1] as string);
      const types = file === 'openapi.ts' ? OPENAPI_EXPORTS : declaredTypes(text);
      if (values.length > 0) f.addExportDeclaration({ moduleSpecifier: `./${file}`, namedExports: values });
      if (types.length > 0)
        f.addExportDeclaration({ isTypeOnly: true, moduleSpecifier: `./${file}`, namedExports: types });
    }
  });
}

const declaredTypes = (text: string): string[] =>
  [...text.matchAll(/^export (?:type|interface) (\w+)/gm)].map((m) => m[1] as string);

/** openapi-typescript's rendering of the whole document: wire-level `paths`, `operations` and `components`. */
async function emitOpenApi(spec: SpecModel, specPath: string): Promise<string> {
  const ast = await openapiTS(spec.document as never, { silent: true, alphabetize: false });
  return `${header(specPath)}\n${astToString(ast).trim()}\n`;
}
