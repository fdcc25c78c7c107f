// Test runner settings. --expose-gc lets the timing tests in limits.test.ts start each measured run from a
// clean heap, so one run's garbage is not billed to the next.
import { defineConfig } from 'vitest/config';

export default defineConfig({ test: { include: ['test/**/*.test.ts'], execArgv: ['--expose-gc'] } });
