import { defineConfig } from 'vitest/config';
import { retry } from '../../vitest.retry.ts';

export default defineConfig({ test: { include: ['test/**/*.test.ts'], retry, testTimeout: 30_000 } });
