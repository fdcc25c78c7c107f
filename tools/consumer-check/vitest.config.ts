// The consumer check packs, installs and runs four runtimes: one file, generous timeouts.
import { defineConfig } from 'vitest/config';
import { retry } from '../../vitest.retry.ts';

export default defineConfig({
  test: { include: ['test/**/*.test.ts'], retry, testTimeout: 180_000, hookTimeout: 600_000 },
});
