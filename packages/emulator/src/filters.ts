// The visitors-list / segmentation filters and the actions-list filters, applied to generated traffic.
import type { Action, ActionType, Session } from './traffic.ts';

const ipNumber = (ip: string): number => ip.split('.').reduce((acc, p) => acc * 256 + Number(p), 0);

/** ip_address: one address, or IPv4 addresses and ranges a,b joined by |. */
function ipMatches(filter: string, ip: string): boolean {
  if (filter.includes(':')) return filter.toLowerCase() === ip.toLowerCase();
  const n = ipNumber(ip);
  return filter.split('|').some((part) => {
    const [a, b] = part.split(',');
    if (b === undefined) return a === ip;
    return n >= ipNumber(a ?? '') && n <= ipNumber(b);
  });
}

/** actions / time: N, >N, <N, >=N, <=N or MIN,MAX. */
function compare(filter: string, value: number): boolean {
  const range = /^(\d+),(\d+)$/.exec(filter);
  if (range) return value >= Number(range[1]) && value <= Number(range[2]);
  const m = /^([<>]=?)?(\d+)$/.exec(filter);
  if (!m) return true; // the API ignores what it cannot read
  const n = Number(m[2]);
  switch (m[1]) {
    case '>':
      return value > n;
    case '>=':
      return value >= n;
    case '<':
      return value < n;
    case '<=':
      return value <= n;
    default:
      return value === n;
  }
}

const has = (text: string | undefined, wanted: string): boolean =>
  text?.toLowerCase().includes(wanted.toLowerCase()) === true;

type SessionTest = (s: Session, v: string) => boolean;

const SESSION_FILTERS: Readonly<Record<string, SessionTest>> = {
  session_id: (s, v) => String(s.id) === v,
  new_visitors: (s, v) => (v === '1' ? s.isNew : true),
  returning_visitors: (s, v) => (v === '1' ? !s.isNew : true),
  heatmap: (s, v) => (v === '1' ? s.heatmap : true),
  actions: (s, v) => compare(v, s.actions.length),
  time: (s, v) => compare(v, s.timeTotal),
  href: (s, v) => s.actions.some((a) => has(a.url, v)),
  landing: (s, v) => has(s.landing, v),
  exit: (s, v) => has(s.exit, v),
  search: (s, v) => has(s.referrer?.search, v),
  'search-local': (s, v) => s.localSearches.some((q) => has(q, v)),
  domain: (s, v) => has(s.referrer?.domain, v),
  link: (s, v) => has(s.referrer?.url, v),
  browser: (s, v) => has(s.visitor.browser, v.replace(/\+/g, ' ')),
  os: (s, v) => has(s.visitor.os, v),
  resolution: (s, v) => s.visitor.resolution === v,
  country: (s, v) => s.visitor.place.code === v.toLowerCase() || has(s.visitor.place.country, v),
  city: (s, v) => has(s.visitor.place.city, v),
  language: (s, v) => has(s.visitor.place.language, v),
  hostname: (s, v) => has(s.visitor.place.host, v),
  org: (s, v) => has(s.visitor.place.org, v),
  source: (s, v) => (s.referrer?.type ?? 'direct') === v,
  shorturl: (s, v) => s.shorturl === v,
  // goal=* keeps every visit that completed a goal (quirk goal-any).
  goal: (s, v) =>
    v === '*' ? s.goalsCompleted.length > 0 : s.goalsCompleted.some((g) => g.toLowerCase() === v.toLowerCase()),
  campaign: (s, v) => has(s.campaign, v),
  split: (s, v) => s.split === v,
};

export interface FilterContext {
  readonly filters: ReadonlyMap<string, string>;
  /** `custom[key]=value` filters: a map, so that any key (`__proto__` too) is only data. */
  readonly custom: ReadonlyMap<string, string>;
  /** Unix time "now", for online=1 (active in the last 15 minutes). */
  readonly now: number;
}

/** A visitor counts as online while their last action is at most this old (15 minutes). */
const ONLINE_SECONDS = 900;

const lastActionTime = (s: Session): number => s.actions[s.actions.length - 1]?.time ?? s.time;

/** The session had begun by `now` and its last action was within the online window. */
export const isOnline = (s: Session, now: number): boolean =>
  s.time <= now && lastActionTime(s) >= now - ONLINE_SECONDS;

/** The visit logged `value` (any case) for custom key `key`; only the visit's own keys count. */
const hasCustomValue = (s: Session, key: string, value: string): boolean =>
  Object.hasOwn(s.custom, key) && (s.custom[key] ?? []).some((x) => x.toLowerCase() === value.toLowerCase());

/** The visitors-list / segmentation filters. ip_address and uid override every other filter. */
export function filterSessions(sessions: readonly Session[], ctx: FilterContext): readonly Session[] {
  const ip = ctx.filters.get('ip_address');
  const uid = ctx.filters.get('uid');
  if (ip !== undefined || uid !== undefined) {
    return sessions.filter(
      (s) => (ip === undefined || ipMatches(ip, s.visitor.ip)) && (uid === undefined || s.visitor.uid === uid),
    );
  }
  const tests: [SessionTest, string][] = [];
  for (const [name, value] of ctx.filters) {
    const test = SESSION_FILTERS[name];
    if (test) tests.push([test, value]);
  }
  const online = ctx.filters.get('online') === '1';
  const custom = [...ctx.custom];
  if (tests.length === 0 && !online && custom.length === 0) return sessions;
  return sessions.filter(
    (s) =>
      tests.every(([test, v]) => test(s, v)) &&
      (!online || isOnline(s, ctx.now)) &&
      custom.every(([k, v]) => hasCustomValue(s, k, v)),
  );
}

/** The action_type filter's values (the spec's) to the action kinds each covers. */
export const ACTION_TYPE_KINDS: ReadonlyMap<string, readonly ActionType[]> = new Map([
  ['pageview', ['pageview']],
  ['download', ['download']],
  ['outbound', ['outbound']],
  ['event', ['click']],
  ['video', ['video_play', 'video_pause', 'video_seek', 'video_end']],
  ['search', ['search']],
]);

/** The actions-list filters: session_id, action_type, href, ip_address, uid. */
export function filterActions(actions: readonly Action[], filters: ReadonlyMap<string, string>): readonly Action[] {
  const sessionId = filters.get('session_id');
  const type = filters.get('action_type');
  const href = filters.get('href');
  const ip = filters.get('ip_address');
  const uid = filters.get('uid');
  const kinds = type === undefined ? undefined : ACTION_TYPE_KINDS.get(type);
  return actions.filter(
    (a) =>
      (sessionId === undefined || String(a.session.id) === sessionId) &&
      (kinds === undefined || kinds.includes(a.type)) &&
      (href === undefined || has(a.url, href)) &&
      (ip === undefined || ipMatches(ip, a.session.visitor.ip)) &&
      (uid === undefined || a.session.visitor.uid === uid),
  );
}
