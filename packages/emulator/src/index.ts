// @clicky-sdk/emulator: a local, deterministic, Clicky-compatible Analytics API server.
export { answer, type Result } from './answer.ts';
export { readApiRequest, type ApiRequest, type Output } from './api-request.ts';
export { Faults, type FaultMatch, type FaultRule } from './faults.ts';
export { DEMO_SITE, startEmulator, type Emulator, type EmulatorOptions, type EmulatorStats, type SiteConfig } from './server.ts';
export { generateTraffic, sessionsBetween, type Action, type Session, type Traffic, type TrafficOptions } from './traffic.ts';
