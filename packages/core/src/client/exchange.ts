// One call to the API, start to finish: the per-site gate for restricted types, then tries until one succeeds or
// a failure is final. Each try has its own timeout; the caller's signal ends everything at once, frees the gate
// slot, and leaves no rejection unhandled behind it.
import {
  ClickyAbortError,
  ClickyDecodeError,
  ClickyError,
  ClickyHttpError,
  ClickyNetworkError,
  ClickyTimeoutError,
} from '../errors.ts';
import { DATA_TYPES } from '../generated/tables.ts';
import { redact, redactCut } from '../redact.ts';
import type { PreparedRequest } from '../request.ts';
import type { ValidRequest } from '../validate.ts';
import { type AbortableRequest, abortableRequest, linkSignals, onAbort, sleep, throwIfAborted } from './abort.ts';
import { capped, readSnippet, readText } from './body.ts';
import { decodeHints } from './decode-hints.ts';
import { emit } from './log.ts';
import type { ResolvedCall, ResolvedOptions } from './options.ts';
import { parseRetryAfter, retryDelay } from './retry.ts';
import { siteGate } from './site-gate.ts';
import type { Decoder, Transport, TransportResponse } from './transport.ts';

/** How much of an error answer's body a ClickyHttpError keeps. */
const SNIPPET_BYTES = 500;

/** Bodies announced smaller than this are read whole and decoded in one go; larger or unannounced ones stream. */
const STREAM_ABOVE_BYTES = 256 * 1024;

/** What one successful call gives: the decoded data and what the HTTP answer was. */
export interface Exchange {
  readonly data: unknown;
  readonly status: number;
  readonly statusText: string;
  readonly headers: Readonly<Record<string, string>>;
  /** The raw body text, kept only when asked for. */
  readonly body: string | undefined;
}

export interface Engine {
  readonly options: ResolvedOptions;
  readonly transport: Transport;
  readonly decoder: Decoder;
}

export async function exchange(
  engine: Engine,
  valid: ValidRequest,
  prepared: PreparedRequest,
  call: ResolvedCall,
  keepBody: boolean,
): Promise<Exchange> {
  const { options } = engine;
  // One signal for the whole call: none, the one given, or both followed by one controller.
  const link = options.signal && call.signal ? linkSignals([options.signal, call.signal]) : undefined;
  const signal = link?.signal ?? options.signal ?? call.signal;
  let release: (() => void) | undefined;
  try {
    if (valid.types.some((t) => DATA_TYPES[t].restricted)) {
      release = await siteGate(options.baseUrl, options.siteId).acquire(options.concurrency, signal);
    }
    for (let attempt = 1; ; attempt++) {
      throwIfAborted(signal);
      const started = Date.now();
      try {
        const result = await attemptOnce(engine, valid, prepared, call.timeoutMs, signal, keepBody);
        if (options.logger)
          emit(options.logger, options.sitekey, {
            level: 'debug',
            message: `GET ${prepared.redactedUrl} -> ${result.status} in ${Date.now() - started} ms`,
            url: prepared.redactedUrl,
            attempt,
            status: result.status,
            durationMs: Date.now() - started,
          });
        return result;
      } catch (e) {
        if (signal?.aborted) throw new ClickyAbortError(signal.reason);
        const error = toClickyError(e, options);
        const delay = retryDelay(options.retry, attempt, error);
        emit(options.logger, options.sitekey, {
          level: delay === undefined ? 'error' : 'warn',
          message: `GET ${prepared.redactedUrl} failed (${error.message})${delay === undefined ? '' : `; retrying in ${delay} ms`}`,
          url: prepared.redactedUrl,
          attempt,
          code: error.code,
          durationMs: Date.now() - started,
          ...(error instanceof ClickyHttpError ? { status: error.status } : {}),
          ...(delay === undefined ? {} : { delayMs: delay }),
        });
        if (delay === undefined) throw error;
        await sleep(delay, signal);
      }
    }
  } finally {
    release?.();
    link?.dispose();
  }
}

/** Anything a transport or decoder threw, as one of the SDK's errors. */
function toClickyError(e: unknown, options: ResolvedOptions): ClickyError {
  // Transport, body and decoder failures are typed where they happen; this catches what no one foresaw.
  if (e instanceof ClickyError) return e;
  const reason = reasonOf(e, options.sitekey);
  return new ClickyNetworkError(`The request to ${options.baseUrl} got no complete answer${reason}`, e);
}

/**
 * What a lower layer said went wrong, as `: reason` for a message: the innermost message of its cause chain
 * (fetch wraps "connect ECONNREFUSED 127.0.0.1:8787" in a bare "fetch failed"), cut short. Redacted before and
 * after it is cut, so no part of a sitekey it quoted survives.
 */
function reasonOf(e: unknown, sitekey: string): string {
  let message = '';
  let current = e;
  for (let depth = 0; depth < 4 && typeof current === 'object' && current !== null; depth++) {
    const text = (current as { message?: unknown }).message;
    if (typeof text === 'string' && text.trim() !== '') message = text.trim();
    current = (current as { cause?: unknown }).cause;
  }
  if (message === '') return '';
  message = redact(message, [sitekey]);
  return `: ${message.length > 200 ? `${redactCut(message.slice(0, 197), [sitekey])}...` : message}`;
}

/**
 * One try under its own timeout: send, check the status, read and decode the body. The try ends when its work
 * settles, or at once when the timer fires or the caller aborts: the call is rejected first (so the transport's
 * own abort error never wins), then the try is aborted, and the work's late failure lands on a promise already
 * settled, so an abort never leaves an unhandled rejection behind. Nothing here listens to an AbortSignal of the
 * try's own: the transport follows the try through whichever of `signal` or `onAbort` it uses.
 */
function attemptOnce(
  engine: Engine,
  valid: ValidRequest,
  prepared: PreparedRequest,
  timeoutMs: number,
  callSignal: AbortSignal | undefined,
  keepBody: boolean,
): Promise<Exchange> {
  return new Promise((resolve, reject) => {
    const request = abortableRequest(prepared.urlWithSitekey());
    let unfollow: (() => void) | undefined;
    // Ends the try; with an error, at once: the call is rejected, then the transport hears of the abort.
    const end = (error?: ClickyError, reason: unknown = error): void => {
      clearTimeout(timer);
      unfollow?.();
      if (error) {
        reject(error);
        request.abort(reason);
      }
    };
    const timer = setTimeout(() => end(new ClickyTimeoutError(timeoutMs)), timeoutMs);
    if (callSignal)
      unfollow = onAbort(callSignal, () => end(new ClickyAbortError(callSignal.reason), callSignal.reason));
    // The work's outcome is the call's unless the try already ended; `end` clears the timer either way.
    sendAndRead(engine, valid, request, keepBody).then(resolve, reject).finally(end);
  });
}

async function sendAndRead(
  engine: Engine,
  valid: ValidRequest,
  request: AbortableRequest,
  keepBody: boolean,
): Promise<Exchange> {
  const { options, decoder } = engine;
  let response: TransportResponse;
  try {
    response = await engine.transport(request);
  } catch (e) {
    if (e instanceof ClickyError) throw e;
    const reason = reasonOf(e, options.sitekey);
    throw new ClickyNetworkError(`The Clicky API at ${options.baseUrl} could not be reached${reason}`, e);
  }
  const { status, statusText, headers } = response;
  if (status < 200 || status > 299) {
    // A key's length more than the error keeps, so a key the body echoes across the cut is whole, and redacted.
    const read = await readSnippet(response.body, SNIPPET_BYTES + options.sitekey.length);
    await response.cancel().catch(() => {});
    const snippet = redactCut(read, [options.sitekey]).slice(0, SNIPPET_BYTES);
    throw new ClickyHttpError(status, statusText, snippet, parseRetryAfter(headers['retry-after']));
  }
  const hints = decodeHints(valid, headers['content-type'], options.strict);
  const announced = Number(headers['content-length']);
  if (announced > options.maxBodyBytes) {
    await response.cancel().catch(() => {});
    throw new ClickyDecodeError('response', `at most ${options.maxBodyBytes} bytes`, { offset: options.maxBodyBytes });
  }
  if (!keepBody && decoder.decodeStream && !(announced <= STREAM_ABOVE_BYTES)) {
    let data: unknown;
    try {
      data = await decoder.decodeStream(capped(response.body, options.maxBodyBytes), hints);
    } catch (e) {
      throw decodeFailure(e, hints.format);
    }
    return { data, status, statusText, headers, body: undefined };
  }
  const text = await readText(response.body, options.maxBodyBytes);
  let data: unknown;
  try {
    data = decoder.decode(text, hints);
  } catch (e) {
    throw decodeFailure(e, hints.format);
  }
  return { data, status, statusText, headers, body: keepBody ? text : undefined };
}

/**
 * What a decoder threw, as an SDK error. Anything but a ClickyError is the decoder failing on this body (a
 * stack overflow, a bug): a decode error, final, since the same body would fail the same way on every retry.
 * Failures of the connection reach the decoder as ClickyNetworkError through capped(), and stay that.
 */
function decodeFailure(e: unknown, format: string): ClickyError {
  return e instanceof ClickyError ? e : new ClickyDecodeError(format, 'a body the decoder can read', { cause: e });
}
