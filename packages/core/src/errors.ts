// The one error hierarchy every package throws. Each error has a stable `code`; messages never hold a sitekey.
import { redact, redactDeep } from './redact.ts';

export type ClickyErrorCode =
  | 'CLICKY_PARAM'
  | 'CLICKY_API'
  | 'CLICKY_HTTP'
  | 'CLICKY_NETWORK'
  | 'CLICKY_TIMEOUT'
  | 'CLICKY_ABORT'
  | 'CLICKY_DECODE';

interface ClickyErrorOptions {
  cause?: unknown;
}

/** Base class of every error the SDK throws. `code` is stable across versions; match on it, not on messages. */
export class ClickyError extends Error {
  readonly code: ClickyErrorCode;

  /**
   * The class's name as written here. Minifiers rename classes, so `new.target.name` would read `c` in a minified
   * bundle; each class of this file says its name, and a subclass of the caller's keeps its own.
   */
  static readonly errorName: string = 'ClickyError';

  constructor(code: ClickyErrorCode, message: string, options: ClickyErrorOptions = {}) {
    super(redact(message), 'cause' in options ? { cause: scrubCause(options.cause) } : undefined);
    this.name = Object.hasOwn(new.target, 'errorName') ? (new.target as typeof ClickyError).errorName : new.target.name;
    this.code = code;
  }
}

/**
 * A cause from a lower layer (a fetch error, a server's answer, a URL) may quote the request URL: an SDK error
 * is kept as it is (already redacted); anything else becomes a redacted copy.
 */
function scrubCause(cause: unknown): unknown {
  try {
    if (cause instanceof ClickyError) return cause;
  } catch {
    // instanceof asks a Proxy for its prototype, and a revoked one throws: redactDeep copes with it.
  }
  return redactDeep(cause);
}

/** One broken rule of one parameter. `value` is a printable form of what was given (never a secret). */
export interface ParamProblem {
  readonly param: string;
  readonly rule: string;
  readonly message: string;
  readonly value?: string;
}

/** Thrown before any request when parameters break the API's rules; lists every problem, not just the first. */
export class ClickyParamError extends ClickyError {
  static override readonly errorName: string = 'ClickyParamError';
  readonly problems: readonly ParamProblem[];

  /** `message` defaults to a list of every problem, one a line. */
  constructor(problems: readonly ParamProblem[], message: string = describeProblems(problems)) {
    super('CLICKY_PARAM', message);
    this.problems = problems.map((p) => ({
      param: redact(p.param),
      rule: p.rule,
      message: redact(p.message),
      ...(p.value === undefined ? {} : { value: redact(p.value) }),
    }));
  }
}

/**
 * The problems one a line, under a heading that says what was wrong: the API's parameters, or (names in
 * parentheses, such as `(options.timeoutMs)`) what was given to the client itself.
 */
function describeProblems(problems: readonly ParamProblem[]): string {
  const lines = problems.map((p) => `  - ${p.param}: ${p.message}`);
  const count = problems.length === 1 ? 'a parameter' : `${problems.length} parameters`;
  let heading = `Invalid request: ${count} broke the API's rules:`;
  if (problems.length > 0 && problems.every((p) => p.param.startsWith('(options')))
    heading = 'Invalid createClient options:';
  else if (problems.length > 0 && problems.every((p) => p.param.startsWith('(')))
    heading = 'Invalid use of the client:';
  return `${heading}\n${lines.join('\n')}`;
}

/**
 * A `date` value (or a date given to a date helper) that is not one of the forms the reference lists. A
 * parameter problem like any other (`code` is `CLICKY_PARAM`); `reason` says what is wrong in words a person
 * can act on.
 */
export class DateExpressionError extends ClickyParamError {
  static override readonly errorName: string = 'DateExpressionError';
  readonly input: string;
  readonly reason: string;

  constructor(input: string, reason: string, param = 'date') {
    const text = String(input);
    const shown = JSON.stringify(text.length > 100 ? `${text.slice(0, 97)}...` : text);
    super([{ param, rule: 'date', message: reason, value: shown }], `invalid date ${shown}: ${reason}`);
    this.input = redact(text);
    this.reason = redact(reason);
  }
}

/**
 * What an API error is about, read from its message, for code that must tell a wrong site ID or sitekey (fix the
 * configuration) from the API's one-at-a-time limit (wait and retry) without matching messages itself.
 */
export type ClickyApiErrorKind = 'invalid-site-id' | 'invalid-sitekey' | 'too-many-requests' | 'other';

/** The messages each kind is known by (the API answers `Invalid site ID.` and `Invalid sitekey.`). */
const API_ERROR_KINDS: readonly (readonly [RegExp, ClickyApiErrorKind])[] = [
  [/one request at a time|simultaneous|too many (?:concurrent )?requests/i, 'too-many-requests'],
  [/invalid site ?id\b/i, 'invalid-site-id'],
  [/invalid sitekey/i, 'invalid-sitekey'],
];

/** The API answered with its own error message (it does so with HTTP 200, in any output format). */
export class ClickyApiError extends ClickyError {
  static override readonly errorName: string = 'ClickyApiError';
  /** The API's own words. */
  readonly apiMessage: string;
  readonly format: string;
  /** What the message is about; `other` for any message not listed in ClickyApiErrorKind. */
  readonly kind: ClickyApiErrorKind;

  constructor(apiMessage: string, format: string) {
    super('CLICKY_API', `The Clicky API answered with an error: ${apiMessage}`);
    this.apiMessage = redact(apiMessage);
    this.format = redact(format);
    this.kind = API_ERROR_KINDS.find(([pattern]) => pattern.test(apiMessage))?.[1] ?? 'other';
  }
}

/**
 * A non-2xx HTTP status. `retryAfterMs` is set when the server said when to come back. A redirect (3xx, or 0
 * for a browser's opaque redirect) is one too: the request URL carries the sitekey, so the client never
 * follows one to wherever it points.
 */
export class ClickyHttpError extends ClickyError {
  static override readonly errorName: string = 'ClickyHttpError';
  readonly status: number;
  readonly statusText: string;
  readonly retryAfterMs: number | undefined;
  readonly bodySnippet: string;

  constructor(status: number, statusText: string, bodySnippet = '', retryAfterMs?: number) {
    const redirect = status === 0 || (status >= 300 && status <= 399);
    super(
      'CLICKY_HTTP',
      `HTTP ${status}${statusText ? ` ${statusText}` : ''} from the Clicky API${
        redirect ? ': a redirect, which the client does not follow (set baseUrl to the address it points to)' : ''
      }`,
    );
    this.status = status;
    this.statusText = redact(statusText);
    this.bodySnippet = redact(bodySnippet.slice(0, 500));
    this.retryAfterMs = retryAfterMs;
  }
}

/** The request never got an HTTP answer (DNS, refused, reset). The original error is `cause`, redacted. */
export class ClickyNetworkError extends ClickyError {
  static override readonly errorName: string = 'ClickyNetworkError';
  constructor(message: string, cause?: unknown) {
    super('CLICKY_NETWORK', message, cause === undefined ? {} : { cause });
  }
}

/** No complete answer within the time allowed. */
export class ClickyTimeoutError extends ClickyError {
  static override readonly errorName: string = 'ClickyTimeoutError';
  readonly timeoutMs: number;

  constructor(timeoutMs: number) {
    super('CLICKY_TIMEOUT', `The Clicky API did not answer within ${timeoutMs} ms`);
    this.timeoutMs = timeoutMs;
  }
}

/** The caller aborted the request through its AbortSignal. */
export class ClickyAbortError extends ClickyError {
  static override readonly errorName: string = 'ClickyAbortError';
  constructor(reason?: unknown) {
    super('CLICKY_ABORT', 'The request was aborted', reason === undefined ? {} : { cause: reason });
  }
}

/** A response body that is not what its format promises; says what was expected and where. */
export class ClickyDecodeError extends ClickyError {
  static override readonly errorName: string = 'ClickyDecodeError';
  readonly format: string;
  readonly expected: string;
  /** Byte or character offset into the body, where known. */
  readonly offset: number | undefined;
  /** Path into the result (e.g. `visitors-list[0].items[3].time`), where known. */
  readonly path: string | undefined;

  /** `cause`: what a decoder threw that was not one of these errors (a bug it hit on this body). */
  constructor(format: string, expected: string, where: { offset?: number; path?: string; cause?: unknown } = {}) {
    const at = [
      where.path === undefined ? '' : ` at ${where.path}`,
      where.offset === undefined ? '' : ` (offset ${where.offset})`,
    ].join('');
    super(
      'CLICKY_DECODE',
      `Could not decode the ${format} body: expected ${expected}${at}`,
      where.cause === undefined ? {} : { cause: where.cause },
    );
    this.format = redact(format);
    this.expected = redact(expected);
    this.offset = where.offset;
    this.path = where.path === undefined ? undefined : redact(where.path);
  }
}
