// The CLI's tests spawn the built bin against the emulator: generous timeouts for a shared machine, and files
// run one at a time so the processes they spawn do not crowd two cores.
import { defineConfig } from 'vitest/config';
import { retry } from '../../vitest.retry.ts';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    retry,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
