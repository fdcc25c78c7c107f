// A site's clock: Clicky counts days and hours in the site's time zone. Traffic is laid out in local time and
// converted to unix seconds with the zone's offset for that day (taken at local noon, so on the night of a
// daylight-saving change the hours around the change are off by the shift).
import { SECONDS_PER_DAY } from '@clicky-sdk/core';

export class SiteClock {
  readonly timeZone: string;
  readonly #format: Intl.DateTimeFormat | undefined;
  readonly #offsets = new Map<number, number>();

  constructor(timeZone = 'UTC') {
    this.timeZone = timeZone;
    // Throws RangeError for a zone the runtime does not know.
    const format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    this.#format = timeZone === 'UTC' ? undefined : format;
  }

  /** Seconds to add to a unix time to read the site's wall clock. */
  offsetAt(unix: number): number {
    if (!this.#format) return 0;
    const parts = Object.fromEntries(
      this.#format.formatToParts(new Date(unix * 1000)).map((p) => [p.type, Number(p.value)]),
    );
    const wall =
      Date.UTC(
        parts.year ?? 1970,
        (parts.month ?? 1) - 1,
        parts.day ?? 1,
        parts.hour ?? 0,
        parts.minute ?? 0,
        parts.second ?? 0,
      ) / 1000;
    return wall - unix;
  }

  /** The offset of a local day (days since 1970-01-01 on the site's calendar), read at its noon. */
  offsetOfDay(day: number): number {
    let offset = this.#offsets.get(day);
    if (offset === undefined) {
      offset = this.offsetAt(day * SECONDS_PER_DAY + SECONDS_PER_DAY / 2);
      this.#offsets.set(day, offset);
    }
    return offset;
  }

  /** Unix seconds of a local wall-clock time given as seconds since 1970-01-01 on the site's calendar. */
  toUnix(local: number): number {
    return local - this.offsetOfDay(Math.floor(local / SECONDS_PER_DAY));
  }

  /** The site's local day number of a unix time. */
  dayOf(unix: number): number {
    return Math.floor((unix + this.offsetAt(unix)) / SECONDS_PER_DAY);
  }
}
