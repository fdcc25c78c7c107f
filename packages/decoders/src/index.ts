// @clicky-sdk/decoders: every response format to one typed result.
export * from './generated/index.ts';
export type * from './shape-table.ts';
