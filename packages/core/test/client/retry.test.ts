// The retry policy on its own: what is retried, Retry-After parsing, and the jittered backoff's bounds.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_RETRY_POLICY, isRetryable, parseRetryAfter, retryDelay } from '../../src/client/retry.ts';
import {
  ClickyAbortError,
  ClickyApiError,
  ClickyDecodeError,
  ClickyHttpError,
  ClickyNetworkError,
  ClickyParamError,
  ClickyTimeoutError,
} from '../../src/errors.ts';

describe('isRetryable', () => {
  it.each([
    [new ClickyNetworkError('reset'), true],
    [new ClickyTimeoutError(10), true],
    [new ClickyHttpError(408, ''), true],
    [new ClickyHttpError(429, ''), true],
    [new ClickyHttpError(500, ''), true],
    [new ClickyHttpError(599, ''), true],
    [new ClickyHttpError(400, ''), false],
    [new ClickyHttpError(404, ''), false],
    [new ClickyApiError('Only one request at a time per IP address is allowed for this site.', 'json'), true],
    [new ClickyApiError('Too many simultaneous requests', 'xml'), true],
    [new ClickyApiError('Invalid sitekey.', 'json'), false],
    [new ClickyParamError([{ param: 'limit', rule: 'range', message: 'bad' }]), false],
    [new ClickyDecodeError('json', 'valid JSON'), false],
    [new ClickyAbortError(), false],
  ])('%s -> %s', (error, expected) => {
    expect(isRetryable(error)).toBe(expected);
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates, and ignores anything else', () => {
    const now = Date.parse('2024-01-01T00:00:00Z');
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter(' 0 ', now)).toBe(0);
    expect(parseRetryAfter('Mon, 01 Jan 2024 00:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Sun, 31 Dec 2023 00:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter('-5', now)).toBeUndefined();
    expect(parseRetryAfter('9'.repeat(5000), now)).toBeUndefined();
  });
});

describe('retryDelay', () => {
  it('stays under the doubling ceiling and the cap, and stops after `retries` (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }),
        fc.double({ min: 0, max: 0.999999, noNaN: true }),
        fc.integer({ min: 0, max: 5 }),
        (attempt, r, retries) => {
          const policy = { ...DEFAULT_RETRY_POLICY, retries };
          const delay = retryDelay(policy, attempt, new ClickyNetworkError('x'), () => r);
          const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
          if (attempt > retries) expect(delay).toBeUndefined();
          else expect(delay !== undefined && delay >= 0 && delay < ceiling).toBe(true);
        },
      ),
    );
  });

  it('uses Retry-After when given, and gives up beyond the cap or on final errors', () => {
    const policy = DEFAULT_RETRY_POLICY;
    expect(retryDelay(policy, 1, new ClickyHttpError(503, '', '', 2000))).toBe(2000);
    expect(retryDelay(policy, 1, new ClickyHttpError(503, '', '', policy.maxRetryAfterMs + 1))).toBeUndefined();
    expect(retryDelay(policy, 1, new ClickyApiError('Invalid site ID.', 'json'))).toBeUndefined();
  });
});
