// What stats() and the per-type methods return: a promise of the data that can also give the whole HTTP answer
// (`await client.stats(r).withResponse()`). The call starts on the next microtask, so a withResponse() chained
// right away is seen in time to keep the raw body; the body is not held twice otherwise.
import { ClickyParamError } from '../errors.ts';

export interface ClickyResponse<T> {
  readonly data: T;
  readonly status: number;
  readonly statusText: string;
  /** Response headers by lower-case name. */
  readonly headers: Readonly<Record<string, string>>;
  /** The body exactly as it arrived, as text. */
  readonly body: string;
  /** The request URL with the sitekey shown as [redacted]. */
  readonly url: string;
  /** What the decoder tolerated in the body (unexpected or missing fields), when it reports any. */
  readonly problems: readonly unknown[];
}

type Run<T> = (keepBody: boolean) => Promise<ClickyResponse<T>>;

export class ClickyPromise<T> implements Promise<T> {
  readonly #run: Run<T>;
  #keepBody = false;
  #started: Promise<ClickyResponse<T>> | undefined;

  constructor(run: Run<T>) {
    this.#run = run;
    queueMicrotask(() => void this.#start().catch(() => {}));
  }

  #start(): Promise<ClickyResponse<T>> {
    this.#started ??= this.#run(this.#keepBody);
    return this.#started;
  }

  // biome-ignore lint/suspicious/noThenProperty: this object is a promise by design
  then<A = T, B = never>(
    onfulfilled?: ((value: T) => A | PromiseLike<A>) | null,
    onrejected?: ((reason: unknown) => B | PromiseLike<B>) | null,
  ): Promise<A | B> {
    return this.#start()
      .then((r) => r.data)
      .then(onfulfilled, onrejected);
  }

  catch<B = never>(onrejected?: ((reason: unknown) => B | PromiseLike<B>) | null): Promise<T | B> {
    return this.then(undefined, onrejected);
  }

  finally(onfinally?: (() => void) | null): Promise<T> {
    return this.then().finally(onfinally);
  }

  /** The data with the raw body, status, headers and the decoder's problems. Chain it before awaiting. */
  withResponse(): Promise<ClickyResponse<T>> {
    if (this.#started && !this.#keepBody) {
      return Promise.reject(
        new ClickyParamError([
          {
            param: '(withResponse)',
            rule: 'order',
            message: 'call withResponse() on the returned promise right away, before awaiting it',
          },
        ]),
      );
    }
    this.#keepBody = true;
    return this.#start();
  }

  get [Symbol.toStringTag](): string {
    return 'ClickyPromise';
  }
}
