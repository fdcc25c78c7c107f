// The emulator's counters: requests by status, API error bodies, and the most requests in flight at once per site.

export interface EmulatorStats {
  requests: number;
  /** Requests by HTTP status sent. */
  byStatus: Record<number, number>;
  /** Answers that were the API's error body. */
  apiErrors: number;
  /** The most requests in flight at once, per site id. */
  maxConcurrentPerSite: Record<string, number>;
  /** The most restricted requests in flight at once, per site id. */
  maxRestrictedPerSite: Record<string, number>;
}

const empty = (): EmulatorStats => ({
  requests: 0,
  byStatus: {},
  apiErrors: 0,
  maxConcurrentPerSite: {},
  maxRestrictedPerSite: {},
});

export class Counters {
  #stats = empty();
  /** Requests in flight now, by key; a key leaves the map when its count is back to 0. */
  readonly #inFlight = new Map<string, number>();

  request(): void {
    this.#stats.requests++;
  }

  status(status: number): void {
    this.#stats.byStatus[status] = (this.#stats.byStatus[status] ?? 0) + 1;
  }

  apiError(): void {
    this.#stats.apiErrors++;
  }

  /** One more request of a site in flight (restricted: one more restricted request from `address`); returns how many are now. */
  enter(siteId: number, restrictedFrom?: string): number {
    const site = String(siteId);
    const key = restrictedFrom === undefined ? site : `r|${restrictedFrom}|${site}`;
    const record = restrictedFrom === undefined ? this.#stats.maxConcurrentPerSite : this.#stats.maxRestrictedPerSite;
    const n = (this.#inFlight.get(key) ?? 0) + 1;
    this.#inFlight.set(key, n);
    record[site] = Math.max(record[site] ?? 0, n);
    return n;
  }

  /** The request counted by the matching `enter` is done. */
  leave(siteId: number, restrictedFrom?: string): void {
    const key = restrictedFrom === undefined ? String(siteId) : `r|${restrictedFrom}|${siteId}`;
    const n = (this.#inFlight.get(key) ?? 1) - 1;
    if (n === 0) this.#inFlight.delete(key);
    else this.#inFlight.set(key, n);
  }

  /** A copy, safe to keep. */
  snapshot(): EmulatorStats {
    return structuredClone(this.#stats);
  }

  /** Counts start again from zero; requests in flight stay in flight. */
  reset(): void {
    this.#stats = empty();
  }
}
