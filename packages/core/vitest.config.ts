// Property tests run hundreds of cases: a generous default timeout, since CI machines are shared and busy.
import { defineConfig } from 'vitest/config';

export default defineConfig({ test: { include: ['test/**/*.test.ts'], testTimeout: 60_000 } });
