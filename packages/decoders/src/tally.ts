// Which types are tallies, read from core's table: CSV's date,value layout and XML's hourly values depend on it.
import { DATA_TYPES, type DataType } from '@clicky-sdk/core';

export function isTally(type: string): boolean {
  return Object.hasOwn(DATA_TYPES, type) && DATA_TYPES[type as DataType].category === 'tally';
}
