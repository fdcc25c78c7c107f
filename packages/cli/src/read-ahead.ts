// Pages one step ahead: while a page is written or stored, the next one is already being fetched. paginate()
// fetches a page only when asked for it, so asking before the current page is stored overlaps the two; the
// page is still committed (with its cursor) strictly in order.

/** Each value of `source`, with the following one requested before the caller's work on this one. */
export async function* readAhead<T>(source: AsyncIterable<T>): AsyncGenerator<T> {
  const it = source[Symbol.asyncIterator]();
  let next = it.next();
  try {
    for (;;) {
      const r = await next;
      if (r.done === true) return;
      next = it.next();
      // A request that fails after the caller stopped (an error while storing, Ctrl-C) is not left unhandled.
      next.catch(() => undefined);
      yield r.value;
    }
  } finally {
    // The read-ahead may still be in flight: let it settle before closing the source.
    await next.then(
      () => undefined,
      () => undefined,
    );
    await it.return?.();
  }
}
