// What createClient takes, and its checked, defaulted form. Options are checked once, up front, and every
// mistake is reported together as a ClickyParamError naming `(options.<name>)`; the sitekey is checked by rule
// and never shown. An option the client does not know is a mistake too: `timeout` or `siteKey` silently doing
// nothing would leave the default in force with no sign of it.
import { BASE_URL_RULE, baseUrlOrigin } from '../base-url.ts';
import { isWellFormedText } from '../check-value.ts';
import { ClickyParamError, type ParamProblem } from '../errors.ts';
import type { OutputFormat, Plan } from '../generated/data-types.ts';
import { LIMITS, OUTPUT_FORMATS, PLANS } from '../generated/tables.ts';
import { ownValue } from '../guards.ts';
import { nearestName } from '../nearest-name.ts';
import { DEFAULT_BASE_URL } from '../request.ts';
import { isAbortSignal } from './abort.ts';
import type { CallOptions } from './call-options.ts';
import type { Logger } from './log.ts';
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from './retry.ts';
import { SDK_VERSION } from './version.ts';

export interface ClientOptions {
  /** The site's numeric ID. */
  readonly siteId: number;
  /** The site's key (12-16 letters and digits). Sent with each request; never logged, printed or thrown. */
  readonly sitekey: string;
  /** Default `https://api.clicky.com`; point it at the emulator in tests. */
  readonly baseUrl?: string;
  /** The wire format. Default `json`; every format decodes to the same result. */
  readonly output?: OutputFormat;
  /** Retries after the first try (default 3), or the whole policy. `0` turns retrying off. */
  readonly retries?: number | Partial<RetryPolicy>;
  /** Time allowed for one try, answer and body included. Default 30,000 ms. */
  readonly timeoutMs?: number;
  /** Aborts every request of this client. */
  readonly signal?: AbortSignal;
  /** Receives one event per try, retry and failure; no event ever holds the sitekey. */
  readonly logger?: Logger;
  /** Sent as the API's `app` parameter. Default `clicky-sdk/<version>`. */
  readonly app?: string;
  /** The account plan whose caps validation applies. Default premium. */
  readonly plan?: Plan;
  /** The site's IANA time zone, for relative dates. Default UTC. */
  readonly timeZone?: string;
  /** Restricted requests in flight at once for this site (a custom plan lifts the API's limit of 1). */
  readonly concurrency?: number;
  /** Bodies larger than this are refused (ClickyDecodeError). Default 64 MiB. */
  readonly maxBodyBytes?: number;
  /**
   * Fail a call with ClickyDecodeError (never retried) when an item lacks a required field or holds a value that
   * cannot be typed. Default false: such an item is kept with what it has, the problem is listed in
   * `withResponse()`'s `problems`, and the client's item types say every field may be absent.
   */
  readonly strict?: boolean;
}

export interface ResolvedOptions {
  readonly siteId: number;
  readonly sitekey: string;
  readonly baseUrl: string;
  readonly output: OutputFormat;
  readonly retry: RetryPolicy;
  readonly timeoutMs: number;
  readonly signal: AbortSignal | undefined;
  readonly logger: Logger | undefined;
  readonly app: string;
  readonly plan: Plan | undefined;
  readonly timeZone: string;
  readonly concurrency: number;
  readonly maxBodyBytes: number;
  readonly strict: boolean;
}

/** Every option of ClientOptions by name; typed so that the list can neither miss an option nor add one. */
const CLIENT_OPTION_NAMES: readonly string[] = Object.keys({
  siteId: true,
  sitekey: true,
  baseUrl: true,
  output: true,
  retries: true,
  timeoutMs: true,
  signal: true,
  logger: true,
  app: true,
  plan: true,
  timeZone: true,
  concurrency: true,
  maxBodyBytes: true,
  strict: true,
} satisfies Record<keyof ClientOptions, true>);

/** What one call takes as its last argument. */
const CALL_OPTION_NAMES: readonly string[] = Object.keys({ signal: true, timeoutMs: true } satisfies Record<
  keyof CallOptions,
  true
>);

/** Names other HTTP clients use for the same options, too far from ours for "did you mean" to find. */
const OTHER_CLIENTS_NAMES: Readonly<Record<string, string>> = {
  maxRetries: 'retries',
  retry: 'retries',
  apiKey: 'sitekey',
  key: 'sitekey',
};

/** An unknown name as an error shows it: a name of any length must not make the message as long. */
const shownName = (name: string): string => (name.length > 64 ? `${name.slice(0, 61)}...` : name);

const DEFAULT_TIMEOUT_MS = 30_000;
const DEFAULT_MAX_BODY_BYTES = 64 * 1024 * 1024;

/** The longest delay timers take: setTimeout runs a longer one at once (Node warns, browsers stay silent). */
const MAX_TIMER_MS = 2 ** 31 - 1;
const TIMEOUT_RULE = `must be a whole number of milliseconds from 1 to ${MAX_TIMER_MS}`;

const isWhole = (v: unknown, min: number, max = Number.MAX_SAFE_INTEGER): v is number =>
  typeof v === 'number' && Number.isSafeInteger(v) && v >= min && v <= max;

/**
 * Checks and defaults the options, or throws ClickyParamError listing every problem. `runtimeOptions` names the
 * options a runtime package adds (a dispatcher, a fetch), which are accepted and left to it. Only the options' own
 * properties count: a polluted Object.prototype lending every object a `baseUrl` would otherwise send the
 * sitekey wherever it points.
 */
export function resolveOptions(given: ClientOptions, runtimeOptions: readonly string[] = []): ResolvedOptions {
  const problems: ParamProblem[] = [];
  const bad = (name: string, message: string, rule = 'option'): void => {
    problems.push({ param: `(options.${name})`, rule, message });
  };
  if (typeof given !== 'object' || given === null) {
    throw new ClickyParamError([{ param: '(options)', rule: 'option', message: 'must be an object' }]);
  }
  const known = [...CLIENT_OPTION_NAMES, ...runtimeOptions];
  for (const name of Object.keys(given)) {
    if (known.includes(name) || (given as unknown as Record<string, unknown>)[name] === undefined) continue;
    const hint = Object.hasOwn(OTHER_CLIENTS_NAMES, name) ? OTHER_CLIENTS_NAMES[name] : nearestName(name, known);
    bad(shownName(name), `is not an option of createClient${hint ? ` (did you mean ${hint}?)` : ''}`, 'unknown');
  }
  const options: Partial<ClientOptions> = Object.assign(Object.create(null), given);
  if (!isWhole(options.siteId, 1)) bad('siteId', 'must be a positive whole number');
  if (typeof options.sitekey !== 'string' || !/^[A-Za-z0-9]{12,16}$/.test(options.sitekey))
    bad('sitekey', 'must be 12-16 letters and digits');
  const baseUrl = baseUrlOrigin(options.baseUrl ?? DEFAULT_BASE_URL);
  if (baseUrl === undefined) bad('baseUrl', BASE_URL_RULE);
  const output = options.output ?? 'json';
  if (!OUTPUT_FORMATS.includes(output)) bad('output', `must be one of ${OUTPUT_FORMATS.join(', ')}`);
  const retry = resolveRetry(options.retries, bad);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  if (!isWhole(timeoutMs, 1, MAX_TIMER_MS)) bad('timeoutMs', TIMEOUT_RULE);
  if (options.signal !== undefined && !isAbortSignal(options.signal)) bad('signal', 'must be an AbortSignal');
  if (options.logger !== undefined && typeof options.logger !== 'function') bad('logger', 'must be a function');
  const app = options.app ?? `clicky-sdk/${SDK_VERSION}`;
  if (typeof app !== 'string' || app.length < 1 || app.length > LIMITS.appMaxLength || !isWellFormedText(app))
    bad('app', `must be 1-${LIMITS.appMaxLength} characters of well-formed text`);
  if (options.plan !== undefined && !Object.hasOwn(PLANS, options.plan))
    bad('plan', `must be one of ${Object.keys(PLANS).join(', ')}`);
  const timeZone = options.timeZone ?? 'UTC';
  if (!validTimeZone(timeZone)) bad('timeZone', 'must be an IANA time zone this runtime knows');
  const concurrency = options.concurrency ?? LIMITS.restrictedMaxConcurrentPerSite;
  if (!isWhole(concurrency, 1, 1000)) bad('concurrency', 'must be a whole number from 1 to 1000');
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  if (!isWhole(maxBodyBytes, 1)) bad('maxBodyBytes', 'must be a whole number of bytes above 0');
  const strict = options.strict ?? false;
  if (typeof strict !== 'boolean') bad('strict', 'must be true or false');
  if (problems.length > 0) throw new ClickyParamError(problems);
  return {
    siteId: options.siteId as number,
    sitekey: options.sitekey as string,
    baseUrl: baseUrl as string,
    output,
    retry,
    timeoutMs,
    signal: options.signal,
    logger: options.logger,
    app,
    plan: options.plan,
    timeZone,
    concurrency,
    maxBodyBytes,
    strict,
  };
}

function resolveRetry(
  given: ClientOptions['retries'],
  bad: (name: string, message: string, rule?: string) => void,
): RetryPolicy {
  const policy = typeof given === 'number' ? { retries: given } : (given ?? {});
  if (typeof policy !== 'object' || policy === null) {
    bad('retries', 'must be a number or a retry policy');
    return DEFAULT_RETRY_POLICY;
  }
  for (const name of Object.keys(policy)) {
    if (Object.hasOwn(DEFAULT_RETRY_POLICY, name)) continue;
    const hint = nearestName(name, Object.keys(DEFAULT_RETRY_POLICY));
    bad(
      `retries.${shownName(name)}`,
      `is not part of a retry policy${hint ? ` (did you mean ${hint}?)` : ''}`,
      'unknown',
    );
  }
  const merged = { ...DEFAULT_RETRY_POLICY, ...policy };
  if (!isWhole(merged.retries, 0, 100)) bad('retries', 'must be a whole number from 0 to 100');
  for (const key of ['baseDelayMs', 'maxDelayMs', 'maxRetryAfterMs'] as const)
    if (!isWhole(merged[key], 0, MAX_TIMER_MS)) bad(`retries.${key}`, 'must be a whole number of milliseconds');
  return merged;
}

function validTimeZone(timeZone: unknown): boolean {
  if (typeof timeZone !== 'string') return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** A call's options, checked and merged with the client's. */
export interface ResolvedCall {
  /** The call's signal; the client's is followed separately. */
  readonly signal: AbortSignal | undefined;
  readonly timeoutMs: number;
}

/**
 * Checks what a call was given besides its request, as strictly as the client's own options: a timeout past the
 * timers' range would fire at once, and a signal that is not one would break the call halfway.
 */
export function resolveCall(call: CallOptions | undefined, options: ResolvedOptions): ResolvedCall {
  if (call === undefined) return { signal: undefined, timeoutMs: options.timeoutMs };
  if (typeof call !== 'object' || call === null)
    throw new ClickyParamError([
      { param: '(call)', rule: 'option', message: 'must be an object: { signal, timeoutMs }' },
    ]);
  const problems: ParamProblem[] = [];
  for (const name of Object.keys(call)) {
    if (CALL_OPTION_NAMES.includes(name) || (call as Record<string, unknown>)[name] === undefined) continue;
    const hint = nearestName(name, CALL_OPTION_NAMES);
    const message = `is not an option of a call (${CALL_OPTION_NAMES.join(', ')})${hint ? `; did you mean ${hint}?` : ''}`;
    problems.push({ param: `(call.${shownName(name)})`, rule: 'unknown', message });
  }
  const signal = ownValue(call, 'signal') as AbortSignal | undefined;
  const timeoutMs = ownValue(call, 'timeoutMs') ?? options.timeoutMs;
  if (signal !== undefined && !isAbortSignal(signal))
    problems.push({ param: '(call.signal)', rule: 'option', message: 'must be an AbortSignal' });
  if (!isWhole(timeoutMs, 1, MAX_TIMER_MS))
    problems.push({ param: '(call.timeoutMs)', rule: 'option', message: TIMEOUT_RULE });
  if (problems.length > 0) throw new ClickyParamError(problems);
  return { signal, timeoutMs: timeoutMs as number };
}
