// startEmulator's options and their defaults.
import type { Plan } from '@clicky-sdk/core';
import type { FaultRule } from './faults.ts';

export interface SiteConfig {
  readonly id: number;
  readonly sitekey: string;
  /** Caps as the API applies them for this plan (free: 30 days of history, 100 results). Default premium. */
  readonly plan?: Plan;
  /** Average sessions a day. Default 60. */
  readonly visitorsPerDay?: number;
  /** Restricted requests allowed in flight at once per address (a custom plan lifts the limit of 1). */
  readonly concurrency?: number;
  /** The site's IANA time zone: its days and hours, and its "today". Default UTC. */
  readonly timeZone?: string;
}

export interface EmulatorOptions {
  /** 0 (the default) picks a free port. */
  readonly port?: number;
  /** Loopback unless told otherwise. */
  readonly host?: string;
  readonly seed?: number;
  /** Default: the reference's demo site, 32020 with sitekey 0f3545d91b71cf50. */
  readonly sites?: readonly SiteConfig[];
  /** "Today" (YYYY-MM-DD) for every site. Default: the day of `now` (or of the real time) in each site's time zone. */
  readonly today?: string;
  /** "Now" as unix seconds. Default: the end of `today` (in each site's zone) when given, else the real time at start. */
  readonly now?: number;
  /** Days of traffic up to today. Default 400. */
  readonly days?: number;
  readonly faults?: readonly FaultRule[];
}

/** The reference's demo site. */
export const DEMO_SITE: SiteConfig = { id: 32020, sitekey: '0f3545d91b71cf50' };

export const DEFAULTS = {
  host: '127.0.0.1',
  seed: 1,
  days: 400,
  visitorsPerDay: 60,
  timeZone: 'UTC',
} as const;
