// Property tests run hundreds of cases: a generous default timeout, since CI machines are shared and busy.
import { defineConfig } from 'vitest/config';
import { retry } from '../../vitest.retry.ts';

export default defineConfig({ test: { include: ['test/**/*.test.ts'], retry, testTimeout: 60_000 } });
