// Cancellation helpers: an abortable sleep, and one controller that follows several signals (AbortSignal.any is
// not in every runtime the SDK supports, and this one also lets go of its listeners).
import { ClickyAbortError } from '../errors.ts';

/** A controller aborted when any of `signals` aborts; `dispose` removes its listeners. */
export interface LinkedAbort {
  readonly controller: AbortController;
  dispose(): void;
}

export function linkSignals(signals: readonly (AbortSignal | undefined)[]): LinkedAbort {
  const controller = new AbortController();
  const undo: (() => void)[] = [];
  for (const signal of signals) {
    if (!signal) continue;
    if (signal.aborted) {
      controller.abort(signal.reason);
      break;
    }
    const onAbort = (): void => controller.abort(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    undo.push(() => signal.removeEventListener('abort', onAbort));
  }
  return {
    controller,
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
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(new ClickyAbortError(signal?.reason));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * Settles with `work`, or rejects with ClickyAbortError the moment `signal` aborts, whichever comes first; a
 * late rejection of `work` is then swallowed, so an abort never leaves an unhandled rejection behind.
 */
export function abortable<T>(work: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return work;
  if (signal.aborted) {
    work.catch(() => {});
    return Promise.reject(new ClickyAbortError(signal.reason));
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => {
      work.catch(() => {});
      reject(new ClickyAbortError(signal.reason));
    };
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(
      (v) => {
        signal.removeEventListener('abort', onAbort);
        resolve(v);
      },
      (e: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(e);
      },
    );
  });
}
