// The decoded result model (DESIGN.md): type -> date groups -> typed items, the same whichever format carried it.
import type { DateGroup } from '@clicky-sdk/core';

export type Format = 'json' | 'xml' | 'php' | 'csv';

/** A decoded answer keyed by type (or segment name). Typed callers get `StatsResult<T>` from `decode`. */
export type DecodedResult = Record<string, DateGroup<Record<string, unknown>>[]>;

export interface DecodeOptions {
  /** The body's format; detected from `contentType` or the first bytes when absent. */
  readonly format?: Format;
  /** The response's Content-Type, used for detection. */
  readonly contentType?: string;
  /**
   * The types (or, for segmentation, the segments) requested. When given, the body must hold exactly these, and
   * the result is typed by them; when absent, whatever the body holds is decoded.
   */
  readonly types?: readonly string[];
  /** The request had custom_keys_multi_values=1: every custom value is a list, even a single one. */
  readonly multiValues?: boolean;
  /** The request had visitor-details: items hold only the fields asked for, so required ones may be absent. */
  readonly partial?: boolean;
  /** The requested date (YYYY-MM-DD or START,END): needed only for retired v1/v2 XML bodies, which lack it. */
  readonly date?: string;
  /** Nesting deeper than this in a PHP body is refused. Default 64. */
  readonly maxDepth?: number;
}

/** Sets a property as an own data property: a `__proto__` key stays data and never touches a prototype. */
export function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__')
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}
