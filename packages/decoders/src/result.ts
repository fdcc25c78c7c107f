// The decoded result model (type -> date groups -> typed items, the same whichever format carried it) and the
// options of decode() and encode().
import type { DateGroup, OutputFormat } from '@clicky-sdk/core';

/** A body as a string, or as bytes (UTF-8; invalid UTF-8 is refused). */
export type Body = string | Uint8Array | ArrayBuffer;

/** A decoded answer keyed by type (or segment name). Typed callers get `StatsResult<T>` from `decode`. */
export type DecodedResult = Record<string, DateGroup<Record<string, unknown>>[]>;

/** What the encoders write: a result as decode() returns it (the `start`/`end` of a group are not written). */
export type Encodable = Readonly<Record<string, readonly DateGroup<object>[]>>;

export interface DecodeOptions {
  /** The body's format; detected from `contentType` or the first bytes when absent. */
  readonly format?: OutputFormat;
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

/** What the request asked for that changes the layout the API writes. */
export interface EncodeFlags {
  /** daily=1 was asked: CSV writes tally-only results as "date,value" lines. */
  readonly daily?: boolean;
  /** hourly=1 was asked: XML writes an hour per <value> in one item. */
  readonly hourly?: boolean;
}

export interface EncodeOptions extends EncodeFlags {
  readonly format: OutputFormat;
}
