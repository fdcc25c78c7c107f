// Fills the enums the spec takes from elsewhere (`x-clicky-enum-from`) into a copy of the document, so that
// openapi-typescript and the parameter reader see the values.
import { isRecord } from '../../../../packages/core/src/guards.ts';
import type { DataTypeModel } from '../model.ts';
import { fail, type Obj, type ReadContext } from './context.ts';

/** The sources `x-clicky-enum-from` may name. */
export const ENUM_SOURCES = { dataTypes: 'x-clicky-data-types', segments: 'segments' } as const;

/** A copy of the document whose `x-clicky-enum-from` schemas carry their `enum`. */
export function resolveEnums(ctx: ReadContext, dataTypes: readonly DataTypeModel[], segmentNames: string[]): Obj {
  const resolved = structuredClone(ctx.doc);
  const resolvedSchemas = (isRecord(resolved.components) ? resolved.components.schemas : {}) as Obj;
  for (const [name, schema] of Object.entries(ctx.schemas)) {
    if (!isRecord(schema) || schema['x-clicky-enum-from'] === undefined) continue;
    const from = schema['x-clicky-enum-from'];
    const path = `components.schemas.${name}.x-clicky-enum-from`;
    let values: string[] | undefined;
    if (from === ENUM_SOURCES.dataTypes) values = dataTypes.map((t) => t.name);
    else if (from === ENUM_SOURCES.segments) values = segmentNames;
    else if (typeof from === 'string' && from.startsWith('properties:')) {
      const target = ctx.schemas[from.slice('properties:'.length)];
      if (isRecord(target) && isRecord(target.properties)) values = Object.keys(target.properties);
      else fail(ctx, path, `no schema with properties named ${from.slice('properties:'.length)}`);
    } else fail(ctx, path, `expected ${ENUM_SOURCES.dataTypes}, ${ENUM_SOURCES.segments} or properties:SCHEMA`);
    if (values) (resolvedSchemas[name] as Obj).enum = values;
  }
  return resolved;
}
