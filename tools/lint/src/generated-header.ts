// The header every generated file opens with: written by the generator, checked by the lint rules.

/** The mark that says a file is generated; the first line of every generated file holds it. */
export const GENERATED_MARK = 'generated from spec/clicky.openapi.yaml by tools/codegen; do not edit.';

/** The two comment lines a generated TypeScript file opens with, naming `specPath` as its source. */
export function generatedHeader(specPath = 'spec/clicky.openapi.yaml'): string {
  return `// ${GENERATED_MARK.replace('spec/clicky.openapi.yaml', specPath)}\n// Change the spec or the generator, then run \`pnpm generate\`.\n`;
}
