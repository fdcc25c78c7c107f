// The decoded result model (type -> date groups -> typed items, the same whichever format carried it), the
// problems a decode kept going past, and the options of decode() and encode().
import type {
  DataType,
  DateGroup,
  Lenient,
  LenientStatsResult,
  OutputFormat,
  SegmentName,
  StatsResult,
} from '@clicky-sdk/core';

/** Lenient items and results are core's (the client gives them too); named here for decode()'s callers. */
export type { Lenient, LenientStatsResult };

/** A body as a string, or as bytes (UTF-8; invalid UTF-8 is refused). */
export type Body = string | Uint8Array | ArrayBuffer;

/** A decoded answer keyed by type (or segment name). Typed callers get `StatsResult<T>` from `decode`. */
export type DecodedResult = Record<string, DateGroup<Record<string, unknown>>[]>;

/**
 * Something in an item the decoder kept going past: a required field that is missing, a value it could not type
 * (left out of the item), an item that is not an object (left out of its group). `found` is what the body held
 * there, shortened; for an integer beyond ±2^53 it is the exact digits.
 */
export interface DecodeProblem {
  /** Where, e.g. `visitors-list[0].items[3].time`. */
  readonly path: string;
  /** What the spec says belongs there, e.g. `an integer` or `the required field time`. */
  readonly expected: string;
  readonly found?: string;
}

/** What decode() returns: lenient items, or with `strict` items with every required field. Its problems: problemsOf. */
export type Decoded<T extends DataType, S extends SegmentName, Strict extends boolean> = Strict extends true
  ? StatsResult<T, S>
  : LenientStatsResult<T, S>;

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
  /**
   * Nesting deeper than this is refused in PHP and XML bodies, whose readers recurse (JSON's does not). Default
   * 64; a value that is not a number from 1 to 512 is brought into that range (NaN gives the default).
   */
  readonly maxDepth?: number;
  /**
   * Throw ClickyDecodeError at the first problem (a missing required field, a value that cannot be typed)
   * instead of keeping the item and listing the problem; the result's type then has every required field.
   */
  readonly strict?: boolean;
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
