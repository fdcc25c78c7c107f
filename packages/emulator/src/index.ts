// @clicky-sdk/emulator: a local, deterministic, Clicky-compatible Analytics API server.
export { answer, type Result } from './answer.ts';
export { type ApiRequest, type Output, readApiRequest } from './api-request.ts';
export { type FaultMatch, type FaultRule, Faults } from './faults.ts';
export {
  DEMO_SITE,
  type Emulator,
  type EmulatorOptions,
  type EmulatorStats,
  type SiteConfig,
  startEmulator,
} from './server.ts';
export {
  type Action,
  generateTraffic,
  type Session,
  sessionsBetween,
  type Traffic,
  type TrafficOptions,
} from './traffic.ts';
