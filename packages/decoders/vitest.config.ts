// Test runner settings. Files run one at a time: limits.test.ts times decoding as ratios, and the fuzzing and
// 50 MB files beside it on a small machine would skew them. --expose-gc lets it start each measured run from a
// clean heap, so one run's garbage is not billed to the next. The fuzzing and property tests run thousands of
// cases: a generous timeout, since CI machines are shared and busy.
import { defineConfig } from 'vitest/config';
import { retry } from '../../vitest.retry.ts';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    retry,
    execArgv: ['--expose-gc'],
    fileParallelism: false,
    testTimeout: 60_000,
  },
});
