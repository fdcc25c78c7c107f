// The two things a runtime package hands the engine: a transport (bytes over HTTP) and a decoder (bytes to the
// result model). Core defines their shapes and never imports an implementation, so it stays free of I/O and of
// the decoders package.
import type { DataType, OutputFormat, SegmentName } from '../generated/data-types.ts';

/**
 * What the engine asks a transport to fetch. The URL holds the sitekey: a transport never logs or throws it. The
 * try is aborted on its timeout, on the caller's abort, or when the engine no longer wants the body; a transport
 * follows that through `signal` or `onAbort`, whichever it can use.
 */
export interface TransportRequest {
  readonly url: string;
  /** Aborted with the try. Made when first read: a transport that follows `onAbort` instead costs none. */
  readonly signal: AbortSignal;
  /** Calls `callback` once with the abort's reason when the try is aborted; at once when it already was. */
  onAbort(callback: (reason: unknown) => void): void;
}

/** An HTTP answer as a transport hands it over: status and headers at once, the body as it arrives. */
export interface TransportResponse {
  readonly status: number;
  readonly statusText: string;
  /** The response headers by lower-case name (repeated headers joined with `, `). */
  readonly headers: Readonly<Record<string, string>>;
  /** The body's bytes as they arrive. Read it once; `cancel` drops what is left. */
  readonly body: AsyncIterable<Uint8Array>;
  /** Releases the connection without reading the rest of the body. */
  cancel(): Promise<void>;
}

/**
 * Sends one GET. Resolves once the status and headers are in; rejects (with anything: the engine wraps it into a
 * ClickyNetworkError) when no answer came. Must stop at once when the try is aborted.
 */
export type Transport = (request: TransportRequest) => Promise<TransportResponse>;

/** What the engine tells a decoder about a body; derived from the request, never passed by the caller. */
export interface DecodeHints {
  /** The wire format asked for with `output`. */
  readonly format: OutputFormat;
  readonly contentType?: string;
  /** The types requested, or for segmentation its segments: the keys the result must have. */
  readonly types: readonly (DataType | SegmentName)[];
  /** The request had `custom_keys_multi_values`: every custom value is a list. */
  readonly multiValues: boolean;
  /** The request had `visitor-details`: items hold only the fields asked for. */
  readonly partial: boolean;
  /** The requested date label (YYYY-MM-DD or START,END), for bodies that do not carry it. */
  readonly date?: string;
  /**
   * The client is strict: an item lacking a required field or holding a value that cannot be typed is a
   * ClickyDecodeError, not a listed problem.
   */
  readonly strict: boolean;
}

/**
 * Turns a body into the result model (`Record<type, DateGroup[]>`). `decodeStream`, when present, is used for
 * bodies too large to hold twice; `decode` for the rest. Both throw ClickyDecodeError or ClickyApiError.
 */
export interface Decoder {
  /**
   * The wire formats this decoder reads; a client refuses to ask for any other (ClickyParamError, nothing sent).
   * Absent: every format.
   */
  readonly formats?: readonly OutputFormat[];
  decode(body: string, hints: DecodeHints): unknown;
  decodeStream?(body: AsyncIterable<Uint8Array>, hints: DecodeHints): Promise<unknown>;
}
