// One restricted request in flight per site: the API refuses a second simultaneous visitors-list, actions-list
// or segmentation request for the same site from the same address. Every client of the process that talks to
// the same base URL and site shares one gate, so twenty calls at once queue instead of tripping the limit.
import { ClickyAbortError } from '../errors.ts';
import { onAbort } from './abort.ts';

interface Waiter {
  readonly limit: number;
  readonly grant: () => void;
}

/** A FIFO queue with a number of slots; the slot count is each waiter's own (a custom plan lifts it). */
export class SiteGate {
  #active = 0;
  readonly #waiting: Waiter[] = [];
  readonly #onIdle: () => void;

  constructor(onIdle: () => void) {
    this.#onIdle = onIdle;
  }

  /** Requests in flight through this gate. */
  get active(): number {
    return this.#active;
  }

  /** Requests waiting for a slot. */
  get waiting(): number {
    return this.#waiting.length;
  }

  /**
   * Waits for a slot among `limit`; resolves with the function that frees it (call it exactly once). An abort
   * while waiting rejects at once with ClickyAbortError and leaves the queue.
   */
  acquire(limit: number, signal?: AbortSignal): Promise<() => void> {
    if (signal?.aborted) return Promise.reject(new ClickyAbortError(signal.reason));
    if (this.#waiting.length === 0 && this.#active < limit) {
      this.#active++;
      return Promise.resolve(this.#releaser());
    }
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        limit,
        grant: () => {
          stop?.();
          this.#active++;
          resolve(this.#releaser());
        },
      };
      const stop = signal
        ? onAbort(signal, () => {
            const i = this.#waiting.indexOf(waiter);
            if (i >= 0) this.#waiting.splice(i, 1);
            reject(new ClickyAbortError(signal.reason));
            this.#pump();
          })
        : undefined;
      this.#waiting.push(waiter);
    });
  }

  #releaser(): () => void {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.#active--;
      this.#pump();
    };
  }

  #pump(): void {
    for (let head = this.#waiting[0]; head && this.#active < head.limit; head = this.#waiting[0]) {
      this.#waiting.shift();
      head.grant();
    }
    if (this.#active === 0 && this.#waiting.length === 0) this.#onIdle();
  }
}

/** Held on globalThis, so that two copies of this module in one process (two bundles, say) share the gates. */
const REGISTRY_KEY = Symbol.for('clicky-sdk.site-gates');
type Registry = Map<string, SiteGate>;

function registry(): Registry {
  const holder = globalThis as { [REGISTRY_KEY]?: Registry };
  holder[REGISTRY_KEY] ??= new Map();
  return holder[REGISTRY_KEY];
}

/** The process-wide gate of a site at a base URL; it leaves the registry when nothing uses it. */
export function siteGate(baseUrl: string, siteId: number): SiteGate {
  const gates = registry();
  const key = `${baseUrl.replace(/\/+$/, '').toLowerCase()}|${siteId}`;
  let gate = gates.get(key);
  if (!gate) {
    const created = new SiteGate(() => {
      if (gates.get(key) === created) gates.delete(key);
    });
    gate = created;
    gates.set(key, gate);
  }
  return gate;
}
