// generated from spec/clicky.openapi.yaml by tools/codegen; do not edit.
// Change the spec or the generator, then run `pnpm generate`.

export * from './openapi.ts';
export * from './data-types.ts';
export * from './params.ts';
export * from './tables.ts';
