// The two contracts every format implements: a Codec (decode, stream, encode one format) and the LayoutReader
// its streaming decode returns. The registry is just a list of codecs (see decoder.ts).
import type { ClickyDecodeError, OutputFormat } from '@clicky-sdk/core';
import type { DecodedResult, DecodeProblem, Encodable, EncodeFlags } from './result.ts';

/** Nesting the recursive readers accept when the caller does not say (`maxDepth`). */
export const DEFAULT_MAX_DEPTH = 64;
/** The most nesting a caller may allow: the readers recurse a few frames a level, well inside any engine's stack. */
export const MAX_DEPTH_LIMIT = 512;

/** A maxDepth the readers can honour: a whole number from 1 to MAX_DEPTH_LIMIT; NaN or no number the default. */
export function clampDepth(depth: number | undefined): number {
  if (typeof depth !== 'number' || Number.isNaN(depth)) return DEFAULT_MAX_DEPTH;
  return Math.min(MAX_DEPTH_LIMIT, Math.max(1, Math.floor(depth)));
}

/** The decode options a codec receives: resolved, every field present. */
export interface CodecOptions {
  /** The requested types (or segments): the body must hold exactly these. Undefined: whatever it holds. */
  readonly types: readonly string[] | undefined;
  /** custom_keys_multi_values=1: every custom value is a list. */
  readonly multiValues: boolean;
  /** visitor-details: items hold only the fields asked for, so required ones may be absent. */
  readonly partial: boolean;
  /** The requested date, for retired v1/v2 XML bodies that do not say it. */
  readonly date: string | undefined;
  /** Nesting deeper than this is refused by readers that recurse (1 to MAX_DEPTH_LIMIT). */
  readonly maxDepth: number;
  /** Throw at the first problem instead of listing it. */
  readonly strict: boolean;
  /** Where this decode's problems go (see typing/problems.ts). */
  readonly problems: DecodeProblem[];
}

/**
 * Reads one format's body as its text arrives. `push` takes the next piece of text (any size, split anywhere);
 * `end` says the body is complete and returns the decoded result. Both throw ClickyApiError for the API's error
 * body and ClickyDecodeError for anything else that is not the format's layout. A reader never fails for lack of
 * text in `push`: internally its scanners throw NEED_MORE, and the reader waits for more.
 */
export interface LayoutReader {
  push(chunk: string): void;
  end(): DecodedResult;
  /** The most characters of text it has held at once: the unread tail, for readers that read unit by unit. */
  readonly maxHeld: number;
}

/**
 * Where a reader built with one hands what it reads, in body order, instead of keeping it (decodeItems). The
 * reader announces each type and each of its date groups as they open, and hands over each item as parsed (the
 * wire value, untyped: the sink types it), then lets go of it. It still makes every check of the layout that
 * whole decoding makes before typing (an error body, a type that is not an array of date groups...), and throws
 * those from `end()` as `decode` would; `end()` then returns an empty result. Typing, the checks of types and
 * dates, and the order of errors are the sink's.
 */
export interface ItemSink {
  /** A type opens: its date groups follow. */
  type(name: string): void;
  /** A date group of the last type opens, with its label as sent: its items follow. */
  group(date: string): void;
  /** An item of the last group opened, as parsed. */
  item(value: unknown): void;
  /**
   * Something in an item that makes whole decoding refuse the body before typing (PHP's hourly values):
   * decided at the end, after the layout checks and before any typing error (see item-feed.ts).
   */
  reject(error: ClickyDecodeError): void;
  /** A body the reader read whole after all (an error body, JSONP): its typed result, handed out item by item. */
  whole(result: DecodedResult): void;
}

/**
 * Thrown by a scanner when the text ends inside the thing it reads: the one way a reader learns to wait for
 * more text. At the end of the body it becomes a ClickyDecodeError.
 */
export const NEED_MORE: unique symbol = Symbol('need more text');

/** One output format: how to recognise, decode (whole or streamed) and write it. */
export interface Codec {
  readonly format: OutputFormat;
  /** Whether a media type (lower case, no parameters: `application/json`) names this format. */
  accepts(mediaType: string): boolean;
  /** Whether a body's first characters (from the first one that is not white space) look like this format. */
  sniff(head: string): boolean;
  /** Decodes a whole body's text. */
  decode(text: string, options: CodecOptions): DecodedResult;
  /**
   * A reader for a body that arrives in pieces; it gives the same answer as `decode` on the joined text. A codec
   * without one is streamed by gathering the text and decoding it whole (smaller, for bundles that need that).
   * With a sink, the reader hands its items to it as they are read and keeps none (see ItemSink).
   */
  reader?(options: CodecOptions, sink?: ItemSink): LayoutReader;
  /**
   * The API's text for a result. A codec without `encode` and `encodeError` only decodes (smaller, for bundles
   * that never write a body); a decoder built from it refuses to encode that format.
   */
  encode?(result: Encodable, flags: EncodeFlags): string;
  /** The API's error body with this message. */
  encodeError?(message: string): string;
}
