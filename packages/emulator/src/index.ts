// @clicky-sdk/emulator: a local, deterministic, Clicky-compatible Analytics API server.
export { type FaultMatch, type FaultRule, Faults } from './faults.ts';
export { DEMO_SITE, type EmulatorOptions, type SiteConfig } from './options.ts';
export { type Emulator, startEmulator } from './server.ts';
export type { EmulatorStats } from './stats.ts';
