// One place that turns ts-morph source files into the text we write: same header, same formatting, every file.
import { generatedHeader } from '@clicky-sdk/lint/generated-header';
import { IndentationText, Project, QuoteKind, type SourceFile, VariableDeclarationKind } from 'ts-morph';

export { generatedHeader as header };

const project = new Project({
  useInMemoryFileSystem: true,
  manipulationSettings: { indentationText: IndentationText.TwoSpaces, quoteKind: QuoteKind.Single },
});

/** Builds a TypeScript file with ts-morph and returns its formatted text, header first. */
export function renderTs(name: string, specPath: string, build: (file: SourceFile) => void): string {
  const file = project.createSourceFile(`/${name}`, '', { overwrite: true });
  build(file);
  file.formatText({ indentSize: 2, convertTabsToSpaces: true, semicolons: 'insert' as never });
  const text = `${generatedHeader(specPath)}\n${file.getFullText().trim()}\n`;
  project.removeSourceFile(file);
  return text;
}

/** Adds `export const name: type = initializer;` with its doc comment (the initializer is code, as written). */
export function addConstant(file: SourceFile, name: string, type: string, initializer: string, doc: string): void {
  file.addVariableStatement({
    declarationKind: VariableDeclarationKind.Const,
    isExported: true,
    docs: [doc],
    declarations: [{ name, type, initializer }],
  });
}

/** Code written as it is inside a literal(): a reference to a constant declared elsewhere in the file. */
export class Raw {
  constructor(readonly code: string) {}
}

/** A TypeScript literal for plain data (objects, arrays, strings, numbers, booleans), keys quoted only when needed. */
export function literal(value: unknown, indent = ''): string {
  if (value instanceof Raw) return value.code;
  const next = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    const parts = value.map((v) => literal(v, next));
    const flat = `[${parts.join(', ')}]`;
    return flat.length <= 100 && !flat.includes('\n')
      ? flat
      : `[\n${parts.map((p) => `${next}${p},`).join('\n')}\n${indent}]`;
  }
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    if (entries.length === 0) return '{}';
    const parts = entries.map(([k, v]) => `${propertyKey(k)}: ${literal(v, next)}`);
    const flat = `{ ${parts.join(', ')} }`;
    return flat.length <= 100 && !flat.includes('\n')
      ? flat
      : `{\n${parts.map((p) => `${next}${p},`).join('\n')}\n${indent}}`;
  }
  if (typeof value === 'string') return quote(value);
  return String(value);
}

export function quote(s: string): string {
  return `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`;
}

export function propertyKey(k: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(k) ? k : quote(k);
}
