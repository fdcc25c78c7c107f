// What answering a request needs to know of its site besides the request.
import type { SiteClock } from './clock.ts';
import type { Session, Traffic } from './traffic.ts';

export interface AnswerContext {
  readonly siteId: number;
  readonly traffic: Traffic;
  /** Unix seconds "now". */
  readonly now: number;
  /** The site's clock (days and hours in its time zone). */
  readonly clock: SiteClock;
}

/** The sessions a group counts for days [startDay, endDay]: all of them, or those a segmentation's filters keep. */
export type SessionsOf = (startDay: number, endDay: number) => readonly Session[];
