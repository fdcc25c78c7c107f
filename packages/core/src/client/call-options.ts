// What one call of the client takes besides its request.

export interface CallOptions {
  /** Aborts this call: it rejects at once with ClickyAbortError. */
  readonly signal?: AbortSignal;
  /** Overrides the client's per-try timeout for this call. */
  readonly timeoutMs?: number;
}
