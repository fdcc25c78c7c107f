// Cancellation helpers: an abortable sleep, one controller that follows several signals (AbortSignal.any is
// not in every runtime the SDK supports, and this one also lets go of its listeners), and a try's own abort,
// which makes an AbortSignal only for a transport that asks for one. Every wait on a signal
// goes through onAbort(), which puts one listener on a signal however many calls wait on it: a client-wide
// signal shared by thousands of queued calls would otherwise collect thousands of listeners (and Node warns of
// a leak past ten).
import { ClickyAbortError } from '../errors.ts';
import type { TransportRequest } from './transport.ts';

/** True for an AbortSignal of any realm (an iframe's, a test environment's): checked by shape, not class. */
export function isAbortSignal(value: unknown): value is AbortSignal {
  if (typeof value !== 'object' || value === null) return false;
  const s = value as Partial<AbortSignal>;
  return (
    typeof s.aborted === 'boolean' &&
    typeof s.addEventListener === 'function' &&
    typeof s.removeEventListener === 'function'
  );
}

interface Waiters {
  readonly callbacks: Set<() => void>;
  readonly fire: () => void;
}

const waiting = new WeakMap<AbortSignal, Waiters>();

/**
 * Calls `callback` once when `signal` aborts (at once when it already has); returns the function that stops
 * waiting. The signal holds one listener for all of a process's waits, removed when the last one stops.
 */
export function onAbort(signal: AbortSignal, callback: () => void): () => void {
  if (signal.aborted) {
    callback();
    return () => {};
  }
  let waiters = waiting.get(signal);
  if (!waiters) {
    const callbacks = new Set<() => void>();
    const fire = (): void => {
      waiting.delete(signal);
      // A copy: a callback may stop another's wait, and one that does must not run it.
      for (const f of [...callbacks]) if (callbacks.delete(f)) f();
    };
    waiters = { callbacks, fire };
    waiting.set(signal, waiters);
    signal.addEventListener('abort', fire, { once: true });
  }
  const { callbacks, fire } = waiters;
  // Each wait has its own entry, so one callback given twice is two waits, each stopped on its own.
  const entry = (): void => callback();
  callbacks.add(entry);
  return () => {
    if (!callbacks.delete(entry) || callbacks.size > 0) return;
    if (waiting.get(signal)?.callbacks === callbacks) waiting.delete(signal);
    signal.removeEventListener('abort', fire);
  };
}

/** A signal aborted when any of `signals` aborts; `dispose` stops following them. */
export interface LinkedAbort {
  readonly signal: AbortSignal;
  dispose(): void;
}

export function linkSignals(signals: readonly AbortSignal[]): LinkedAbort {
  const controller = new AbortController();
  // onAbort calls at once for a signal already aborted: the first such one gives the reason.
  const undo = signals.map((signal) => onAbort(signal, () => controller.abort(signal.reason)));
  return {
    signal: controller.signal,
    dispose: () => {
      for (const f of undo) f();
    },
  };
}

/** Rejects with ClickyAbortError when `signal` is already aborted. */
export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new ClickyAbortError(signal.reason);
}

/** Waits `ms`, or rejects with ClickyAbortError as soon as `signal` aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new ClickyAbortError(signal.reason));
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = signal
      ? onAbort(signal, () => {
          clearTimeout(timer);
          reject(new ClickyAbortError(signal.reason));
        })
      : undefined;
    timer = setTimeout(() => {
      stop?.();
      resolve();
    }, ms);
  });
}

/** A transport request whose try the engine can abort. */
export interface AbortableRequest extends TransportRequest {
  /** Aborts the try (the first call only): `signal`, if it was made, and every `onAbort` callback. */
  abort(reason: unknown): void;
}

/**
 * One try's request. Its AbortSignal is made when first read: in Node an AbortSignal that gets a listener costs
 * more than a loopback request's whole parse, so a transport that can follow the try through `onAbort` (plain
 * callbacks) makes none.
 */
export function abortableRequest(url: string): AbortableRequest {
  let controller: AbortController | undefined;
  // Undefined once aborted.
  let callbacks: ((reason: unknown) => void)[] | undefined = [];
  let why: unknown;
  return {
    url,
    get signal() {
      if (!controller) {
        controller = new AbortController();
        if (!callbacks) controller.abort(why);
      }
      return controller.signal;
    },
    // Kept for later, or (aborted already) called at once.
    onAbort: (callback) => callbacks?.push(callback) ?? callback(why),
    abort: (reason) => {
      const waiting = callbacks;
      if (!waiting) return;
      callbacks = undefined;
      why = reason;
      controller?.abort(reason);
      for (const f of waiting) f(reason);
    },
  };
}
