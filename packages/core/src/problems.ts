// Collecting every problem of one input before failing, so a caller fixes them all in one go.

/**
 * Every problem found while checking one input. `add` records a problem and carries on; `throwIfAny` throws
 * them all together as the error the list was made with. The only helper for "report every problem" in the SDK.
 */
export class ProblemList<P> {
  readonly #items: P[] = [];
  readonly #toError: (problems: readonly P[]) => Error;

  /** `toError` makes the error `throwIfAny` throws, from every problem recorded. */
  constructor(toError: (problems: readonly P[]) => Error) {
    this.#toError = toError;
  }

  /** Records one problem. */
  add(problem: P): void {
    this.#items.push(problem);
  }

  /** The problems recorded so far, in the order they were found. */
  get items(): readonly P[] {
    return this.#items;
  }

  get size(): number {
    return this.#items.length;
  }

  /** Throws every problem recorded as one error; does nothing when there is none. */
  throwIfAny(): void {
    if (this.#items.length > 0) throw this.#toError([...this.#items]);
  }
}
