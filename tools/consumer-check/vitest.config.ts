// The consumer check packs, installs and runs four runtimes: one file, generous timeouts.
import { defineConfig } from 'vitest/config';

export default defineConfig({ test: { include: ['test/**/*.test.ts'], testTimeout: 180_000, hookTimeout: 600_000 } });
