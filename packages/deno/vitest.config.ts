// Tests against the emulator and other runtimes: a generous timeout, since CI machines are shared.
import { defineConfig } from 'vitest/config';
import { retry } from '../../vitest.retry.ts';

export default defineConfig({
  test: { include: ['test/**/*.test.ts'], retry, testTimeout: 30_000, hookTimeout: 60_000 },
});
