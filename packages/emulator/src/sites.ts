// The sites an emulator serves: each one's clock, "today" and "now", and its traffic, made on its first request.
import { DEFAULT_PLAN, type Plan, parseIso, SECONDS_PER_DAY, todayIn } from '@clicky-sdk/core';
import { SiteClock } from './clock.ts';
import { DEFAULTS, type SiteConfig } from './options.ts';
import { generateTraffic, type Traffic } from './traffic.ts';
import { indexOf } from './traffic-index.ts';

export interface SiteTimes {
  /** Unix seconds at the emulator's start. */
  readonly realNow: number;
  /** The options' `today` and `now`, when given. */
  readonly today?: string;
  readonly now?: number;
  readonly seed: number;
  readonly days: number;
}

export class Site {
  readonly config: SiteConfig;
  readonly clock: SiteClock;
  /** YYYY-MM-DD in the site's time zone. */
  readonly today: string;
  /** Unix seconds; no session starts after it. */
  readonly now: number;
  readonly #seed: number;
  readonly #days: number;
  #traffic: Traffic | undefined;

  constructor(config: SiteConfig, times: SiteTimes) {
    this.config = config;
    this.clock = new SiteClock(config.timeZone ?? DEFAULTS.timeZone);
    this.today = times.today ?? todayIn(this.clock.timeZone, new Date((times.now ?? times.realNow) * 1000));
    // Without `now`: the last second of a given `today`, else the real time.
    const endOfToday = (): number => this.clock.toUnix(((parseIso(this.today) ?? 0) + 1) * SECONDS_PER_DAY) - 1;
    this.now = times.now ?? (times.today === undefined ? times.realNow : endOfToday());
    this.#seed = times.seed;
    this.#days = times.days;
  }

  get plan(): Plan {
    return this.config.plan ?? DEFAULT_PLAN;
  }

  /** The site's sessions, generated on first use (a few tenths of a second for 24,000) and counted once per day. */
  get traffic(): Traffic {
    if (this.#traffic !== undefined) return this.#traffic;
    this.#traffic = generateTraffic({
      seed: this.#seed,
      siteId: this.config.id,
      today: this.today,
      days: this.#days,
      visitorsPerDay: this.config.visitorsPerDay ?? DEFAULTS.visitorsPerDay,
      nowSeconds: this.now,
      clock: this.clock,
    });
    indexOf(this.#traffic);
    return this.#traffic;
  }
}

/** The sites by the `site_id` a query gives. */
export class Sites {
  readonly #byId = new Map<string, Site>();

  constructor(configs: readonly SiteConfig[], times: SiteTimes) {
    for (const config of configs) this.#byId.set(String(config.id), new Site(config, times));
  }

  get(siteId: string | null): Site | undefined {
    return siteId === null ? undefined : this.#byId.get(siteId);
  }
}
