// When to try a request again, and how long to wait first: jittered exponential backoff, and the server's
// Retry-After when it gives one (up to a cap: a server asking for an hour gets an error, not a hung caller).
import {
  ClickyApiError,
  type ClickyError,
  ClickyHttpError,
  ClickyNetworkError,
  ClickyTimeoutError,
} from '../errors.ts';

export interface RetryPolicy {
  /** Tries after the first one. */
  readonly retries: number;
  /** The first backoff's ceiling; each retry doubles it. */
  readonly baseDelayMs: number;
  /** No backoff is longer than this. */
  readonly maxDelayMs: number;
  /** A Retry-After longer than this is not waited for: the error goes to the caller. */
  readonly maxRetryAfterMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  retries: 3,
  baseDelayMs: 250,
  maxDelayMs: 8_000,
  maxRetryAfterMs: 60_000,
};

/** HTTP statuses worth another try: timeouts, throttling, and the server's own failures. */
function retryableStatus(status: number): boolean {
  return status === 408 || status === 429 || (status >= 500 && status <= 599);
}

/** True for failures that another try may cure; parameter errors and the API's other errors never are. */
export function isRetryable(error: ClickyError): boolean {
  if (error instanceof ClickyNetworkError || error instanceof ClickyTimeoutError) return true;
  if (error instanceof ClickyHttpError) return retryableStatus(error.status);
  if (error instanceof ClickyApiError) return error.kind === 'too-many-requests';
  return false;
}

/**
 * Retry-After as milliseconds: delta-seconds or an HTTP date (relative to `now`). Undefined when absent or
 * unreadable; a date in the past is 0.
 */
export function parseRetryAfter(value: string | undefined, now: number = Date.now()): number | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  if (/^\d{1,10}$/.test(text)) return Number(text) * 1000;
  // An HTTP date names its day and month; a bare number that is not delta-seconds (-5, 1.5) is unreadable.
  if (text.length > 64 || !/[a-z]/i.test(text)) return undefined;
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/**
 * How long to wait before retry number `attempt` (1 = the first retry), or undefined to give up. "Full jitter":
 * a uniform draw below the exponential ceiling, so many clients that failed together do not retry together.
 */
export function retryDelay(
  policy: RetryPolicy,
  attempt: number,
  error: ClickyError,
  random: () => number = Math.random,
): number | undefined {
  if (attempt > policy.retries || !isRetryable(error)) return undefined;
  if (error instanceof ClickyHttpError && error.retryAfterMs !== undefined) {
    return error.retryAfterMs > policy.maxRetryAfterMs ? undefined : error.retryAfterMs;
  }
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.floor(random() * ceiling);
}
