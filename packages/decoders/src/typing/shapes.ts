// What the spec says of a type name read from a body: its item shape, and whether it is a tally (CSV's
// date,value layout and XML's hourly values depend on it). Names the spec does not know have neither.
import { DATA_TYPES, type DataType, type ShapeSpec } from '@clicky-sdk/core';
import { SEGMENT_SHAPES, SHAPES } from '../generated/field-tables.ts';

/** The item shape's name of a data type or segment name (core's table, which clients carry anyway). */
export function shapeNameOf(type: string): string | undefined {
  if (Object.hasOwn(SEGMENT_SHAPES, type)) return SEGMENT_SHAPES[type];
  return Object.hasOwn(DATA_TYPES, type) ? DATA_TYPES[type as DataType].item : undefined;
}

/** The item shape of a data type or segment name. */
export function shapeOf(type: string): ShapeSpec | undefined {
  const name = shapeNameOf(type);
  return name === undefined ? undefined : SHAPES[name];
}

export function isTally(type: string): boolean {
  return Object.hasOwn(DATA_TYPES, type) && DATA_TYPES[type as DataType].category === 'tally';
}
