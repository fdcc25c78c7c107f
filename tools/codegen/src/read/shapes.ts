// Reads the item shapes reachable from data types and segments: each field's kind, nested shapes included.
import { isRecord } from '../../../../packages/core/src/guards.ts';
import type { FieldKind, FieldModel, ShapeModel } from '../model.ts';
import { fail, type ReadContext, SCHEMA_REF } from './context.ts';

/** The shapes named by `roots` and every shape nested in them, each once, in the order first reached. */
export function readShapes(ctx: ReadContext, roots: readonly string[]): ShapeModel[] {
  const shapes: ShapeModel[] = [];
  const seen = new Set<string>();
  const add = (name: string): void => {
    if (seen.has(name)) return;
    seen.add(name);
    const schema = ctx.schemas[name];
    const path = `components.schemas.${name}`;
    if (!isRecord(schema) || schema.type !== 'object' || !isRecord(schema.properties)) {
      fail(ctx, path, 'an item schema must be an object with properties');
      return;
    }
    const required = new Set(Array.isArray(schema.required) ? (schema.required as string[]) : []);
    const fields: FieldModel[] = [];
    const nested: string[] = [];
    for (const [field, prop] of Object.entries(schema.properties)) {
      const kind = fieldKind(ctx, prop, `${path}.properties.${field}`);
      if (kind === undefined) continue;
      if (typeof kind === 'object' && 'object' in kind) nested.push(kind.object);
      const model: FieldModel = { name: field, kind, required: required.has(field) };
      if (isRecord(prop) && typeof prop.description === 'string') model.description = prop.description;
      if (isRecord(prop) && Array.isArray(prop.enum)) model.values = prop.enum.map(String);
      const wireNames = isRecord(prop) ? prop['x-clicky-wire-names'] : undefined;
      if (wireNames !== undefined) {
        if (Array.isArray(wireNames) && wireNames.length > 0 && wireNames.every((n) => typeof n === 'string'))
          model.wireNames = wireNames;
        else fail(ctx, `${path}.properties.${field}.x-clicky-wire-names`, 'expected a list of field names');
      }
      fields.push(model);
    }
    checkWireNames(ctx, path, fields);
    const shape: ShapeModel = { name, fields };
    if (typeof schema.description === 'string') shape.description = schema.description;
    const key = readKey(ctx, schema['x-clicky-key'], fields, `${path}.x-clicky-key`);
    if (key !== undefined) shape.key = key;
    shapes.push(shape);
    nested.forEach(add);
  };
  roots.forEach(add);
  return shapes;
}

/** A wire name stands for one field only, and is not itself a field of the shape. */
function checkWireNames(ctx: ReadContext, path: string, fields: readonly FieldModel[]): void {
  const names = new Set(fields.map((f) => f.name));
  const seen = new Set<string>();
  for (const f of fields)
    for (const wire of f.wireNames ?? []) {
      if (names.has(wire) || seen.has(wire))
        fail(ctx, `${path}.properties.${f.name}.x-clicky-wire-names`, `${wire} already names a field`);
      seen.add(wire);
    }
}

function fieldKind(ctx: ReadContext, prop: unknown, path: string): FieldKind | undefined {
  if (!isRecord(prop)) {
    fail(ctx, path, 'expected a schema');
    return undefined;
  }
  if (typeof prop.$ref === 'string') {
    const name = prop.$ref.slice(SCHEMA_REF.length);
    const target = ctx.schemas[name];
    if (!isRecord(target)) return undefined; // reported by checkRefs
    // A schema made only of additionalProperties is a free-form map (custom data).
    if (target.type === 'object' && !isRecord(target.properties) && target.additionalProperties !== undefined)
      return 'string-map';
    return { object: name };
  }
  switch (prop.type) {
    case 'string':
    case 'integer':
    case 'number':
    case 'boolean':
      return prop.type;
    case 'array':
      if (isRecord(prop.items) && prop.items.type === 'string') {
        const xml = isRecord(prop.items.xml) ? prop.items.xml : {};
        return { list: typeof xml.name === 'string' ? xml.name : 'item' };
      }
      fail(ctx, path, 'only lists of strings are supported in items');
      return undefined;
    default:
      fail(ctx, path, `unsupported field type ${JSON.stringify(prop.type)}`);
      return undefined;
  }
}

/** `x-clicky-key`: a list of the shape's required fields of a scalar kind, each once. */
function readKey(ctx: ReadContext, given: unknown, fields: readonly FieldModel[], path: string): string[] | undefined {
  if (given === undefined) return undefined;
  if (!Array.isArray(given) || !given.every((f) => typeof f === 'string') || new Set(given).size !== given.length) {
    fail(ctx, path, 'must be a list of distinct field names');
    return undefined;
  }
  for (const name of given) {
    const field = fields.find((f) => f.name === name);
    if (field === undefined || !field.required || typeof field.kind !== 'string' || field.kind === 'string-map')
      fail(ctx, path, `${name} is not a required scalar field of the shape`);
  }
  return given as string[];
}
