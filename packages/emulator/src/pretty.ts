// The API's human-readable forms: "Tue Oct 29 2024, 5:44p" and durations like "3m 10s".

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Wall-clock seconds (unix seconds plus the site's offset) as the API writes them: "Wed Jun 29 2022, 12:29p", "Wed Jun 29 2022, 12p" on the hour. */
export function timePretty(unix: number): string {
  const d = new Date(unix * 1000);
  const h = d.getUTCHours();
  const m = d.getUTCMinutes();
  const hour12 = h % 12 === 0 ? 12 : h % 12;
  const clock = m === 0 ? `${hour12}` : `${hour12}:${String(m).padStart(2, '0')}`;
  return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()} ${d.getUTCFullYear()}, ${clock}${h < 12 ? 'a' : 'p'}`;
}

/** Seconds as "45s", "3m 10s", "2h 5m". */
export function durationPretty(seconds: number): string {
  const s = Math.round(seconds);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m ${s % 60}s`;
  return `${Math.floor(s / 3600)}h ${Math.floor((s % 3600) / 60)}m`;
}

/** Rounded to `places` decimals, as the API rounds percentages and averages. */
export const round = (n: number, places = 1): number => {
  const f = 10 ** places;
  return Math.round(n * f) / f;
};
