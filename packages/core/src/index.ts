// @clicky-sdk/core: the generated API types and tables, and the pure logic every client shares.
export * from './generated/index.ts';
export type * from './spec-types.ts';
