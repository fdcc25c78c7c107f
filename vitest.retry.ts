// How many times a failed test runs again before it counts as failed: 0, or TEST_RETRY (CI sets 2). Timing tests
// on a shared 2-core machine can lose to a neighbour's burst; a test that fails on every try still fails, and
// vitest prints a retried pass as one.
export const retry = Number(process.env.TEST_RETRY ?? 0);
