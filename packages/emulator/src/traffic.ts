// A site's traffic: visitor sessions and their actions over a span of days, made from a seed. Every number the
// emulator answers is counted from these, so all data types agree with each other.
import { parseIso, SECONDS_PER_DAY } from '@clicky-sdk/core';
import {
  BROWSERS,
  CAMPAIGNS,
  DOWNLOADS,
  ENGINES,
  EVENTS,
  GOALS,
  HARDWARE,
  LINK_DOMAINS,
  MONITORS,
  type Monitor,
  OSES,
  OUTBOUND,
  PAGES,
  PLACES,
  type Place,
  RESOLUTIONS,
  SEARCHES,
  SHORTURLS,
  SITE_URL,
  SOCIAL,
  SPLITS,
  USERNAMES,
  VIDEOS,
} from './catalog.ts';
import { SiteClock } from './clock.ts';
import { Random, zipf } from './random.ts';

export type ActionType =
  | 'pageview'
  | 'outbound'
  | 'download'
  | 'click'
  | 'search'
  | 'video_play'
  | 'video_pause'
  | 'video_seek'
  | 'video_end';

export interface Action {
  readonly time: number;
  readonly type: ActionType;
  readonly title: string;
  readonly url: string;
  readonly session: Session;
}

export interface Referrer {
  readonly type: 'search' | 'social' | 'link' | 'advertising' | 'email';
  readonly url: string;
  readonly domain: string;
  readonly search?: string;
  readonly rank?: number;
}

export interface Visitor {
  readonly uid: string;
  readonly ip: string;
  readonly browser: string;
  readonly os: string;
  readonly resolution: string;
  readonly hardware: string;
  readonly place: Place;
  readonly username: string | undefined;
  first: { time: number; sessionId: number } | undefined;
  visits: number;
}

export interface Session {
  readonly id: number;
  /** The site's local day number (days since 1970-01-01 on its calendar) and the unix time of the first action. */
  readonly day: number;
  readonly time: number;
  /** Seconds to add to this visit's unix times to read the site's wall clock. */
  readonly offset: number;
  readonly visitor: Visitor;
  readonly totalVisits: number;
  readonly firstVisit: { time: number; sessionId: number };
  readonly isNew: boolean;
  readonly referrer: Referrer | undefined;
  readonly campaign: string | undefined;
  readonly split: string | undefined;
  readonly shorturl: string | undefined;
  readonly javascript: boolean;
  readonly heatmap: boolean;
  readonly actions: Action[];
  readonly goalsCompleted: string[];
  readonly goalsIncompleted: string[];
  readonly revenue: number;
  readonly cost: number;
  readonly custom: Record<string, string[]>;
  /** Seconds between the first and the last action, plus time on the last page. */
  readonly timeTotal: number;
  readonly landing: string;
  readonly exit: string;
  /** Internal searches made during the visit. */
  readonly localSearches: string[];
}

export interface UptimeEvent {
  readonly monitor: Monitor;
  readonly downAt: number;
  readonly upAt: number;
}

export interface Traffic {
  /** Every session, oldest first. */
  readonly sessions: readonly Session[];
  /** Index into `sessions` of the first session of each day number, for range lookups. */
  readonly firstOfDay: ReadonlyMap<number, number>;
  readonly uptimeEvents: readonly UptimeEvent[];
  readonly firstDay: number;
  readonly lastDay: number;
}

export interface TrafficOptions {
  readonly seed: number;
  readonly siteId: number;
  /** The last day with traffic (YYYY-MM-DD); its sessions stop at `nowSeconds`. */
  readonly today: string;
  /** Days of history up to and including today. */
  readonly days: number;
  /** Average sessions a day. */
  readonly visitorsPerDay: number;
  /** Unix time "now": no session starts after it. */
  readonly nowSeconds: number;
  /** The site's clock; days and hours are the site's. Default UTC. */
  readonly clock?: SiteClock;
}

const pageWeights = zipf(PAGES.length);
const searchWeights = zipf(SEARCHES.length);
const placeWeights = zipf(PLACES.length);

function newVisitor(rng: Random, n: number): Visitor {
  const place = rng.weighted(PLACES, placeWeights);
  const mobile = rng.chance(0.35);
  return {
    uid: String(1_000_000_000 + ((n * 2654435761) % 3_000_000_000)),
    ip: `${rng.int(11, 223)}.${rng.int(0, 255)}.${rng.int(0, 255)}.0`,
    browser: mobile
      ? rng.pick(['Safari 17.6', 'Google Chrome 128.0', 'Samsung Internet 25'])
      : rng.pick(BROWSERS.filter((b) => !b.startsWith('Samsung'))),
    os: mobile ? rng.pick(['iOS', 'Android']) : rng.pick(OSES.filter((o) => o !== 'iOS' && o !== 'Android')),
    resolution: mobile
      ? rng.pick(['390x844', '412x915'])
      : rng.pick(RESOLUTIONS.filter((r) => !r.startsWith('3') && !r.startsWith('4'))),
    hardware: mobile ? rng.pick(['Mobile', 'Mobile', 'Tablet']) : rng.pick(HARDWARE.filter((h) => h === 'Desktop')),
    place,
    username: rng.chance(0.2) ? `${rng.pick(USERNAMES)}${n % 97}` : undefined,
    first: undefined,
    visits: 0,
  };
}

function referrerFor(rng: Random): Referrer | undefined {
  const r = rng.next();
  if (r < 0.4) return undefined; // direct
  if (r < 0.75) {
    const engine = rng.pick(ENGINES);
    const search = rng.weighted(SEARCHES, searchWeights);
    return {
      type: 'search',
      url: `https://www.${engine}/search?q=${encodeURIComponent(search)}`,
      domain: engine,
      search,
      rank: rng.int(1, 30),
    };
  }
  if (r < 0.92) {
    const domain = rng.pick(LINK_DOMAINS);
    return { type: SOCIAL.has(domain) ? 'social' : 'link', url: `https://${domain}/post/${rng.int(100, 999)}`, domain };
  }
  if (r < 0.97) return { type: 'advertising', url: 'https://ads.example.net/click?id=7', domain: 'ads.example.net' };
  return { type: 'email', url: 'https://mail.example.org/', domain: 'mail.example.org' };
}

type NewAction = Omit<Action, 'session'>;

/** A visit's second and later actions: mostly page views, then downloads, outbound links, events, searches, videos. */
function nextAction(rng: Random, time: number, localSearches: string[]): NewAction {
  const r = rng.next();
  if (r < 0.72) {
    const page = rng.weighted(PAGES, pageWeights);
    return { time, type: 'pageview', title: page.title, url: page.url };
  }
  if (r < 0.8) {
    const file = rng.pick(DOWNLOADS);
    return { time, type: 'download', title: file.slice(file.lastIndexOf('/') + 1), url: `${SITE_URL}${file}` };
  }
  if (r < 0.87) {
    const url = rng.pick(OUTBOUND);
    return { time, type: 'outbound', title: url.replace(/^https:\/\//, ''), url };
  }
  if (r < 0.93) {
    const name = rng.pick(EVENTS);
    return { time, type: 'click', title: name, url: `${SITE_URL}/#${name}` };
  }
  if (r < 0.97) {
    const q = rng.weighted(SEARCHES, searchWeights);
    localSearches.push(q);
    return { time, type: 'search', title: q, url: `${SITE_URL}/search?q=${encodeURIComponent(q)}` };
  }
  return { time, type: 'video_play', title: rng.pick(VIDEOS), url: `${SITE_URL}/videos` };
}

interface GoalOutcome {
  readonly completed: string[];
  readonly incompleted: string[];
  readonly revenue: number;
  readonly cost: number;
}

/** Goals a visit's page views complete; a cart without checkout leaves the purchase incomplete. */
function goalsOf(pageviews: readonly NewAction[]): GoalOutcome {
  const outcome = { completed: [] as string[], incompleted: [] as string[], revenue: 0, cost: 0 };
  for (const goal of GOALS) {
    if (pageviews.some((a) => a.url === goal.url)) {
      outcome.completed.push(goal.name);
      outcome.revenue += goal.revenue;
      outcome.cost += goal.cost;
    } else if (goal.name === 'Purchase' && pageviews.some((a) => a.url === '/cart'))
      outcome.incompleted.push(goal.name);
  }
  return { ...outcome, revenue: Math.round(outcome.revenue * 100) / 100, cost: Math.round(outcome.cost * 100) / 100 };
}

/** Custom visitor data: a username when known, sometimes an e-mail, sometimes a plan (with two values). */
function customOf(rng: Random, visitor: Visitor): Record<string, string[]> {
  const custom: Record<string, string[]> = {};
  if (visitor.username) custom.username = [visitor.username];
  if (visitor.username && rng.chance(0.5))
    custom.email = [`${visitor.username.replace(/[^a-z0-9.]/gi, '')}@example.com`];
  if (rng.chance(0.1)) custom.plan = rng.chance(0.5) ? ['trial', 'pro'] : ['free'];
  return custom;
}

// The draws from `rng` happen in a fixed order: changing it changes every seed's data.
function makeSession(rng: Random, id: number, day: number, start: number, offset: number, visitor: Visitor): Session {
  const referrer = referrerFor(rng);
  const bounce = rng.chance(0.38);
  const count = bounce ? 1 : Math.min(2 + Math.floor(-Math.log(1 - rng.next()) * 3), 25);
  let landing = rng.weighted(PAGES, pageWeights);
  if (referrer?.type === 'search' && rng.chance(0.5)) landing = PAGES[rng.int(4, 6)] ?? landing;
  // Actions are made first and given their session once it exists.
  const actions: NewAction[] = [{ time: start, type: 'pageview', title: landing.title, url: landing.url }];
  const localSearches: string[] = [];
  let t = start;
  for (let i = 1; i < count; i++) {
    t += rng.int(5, 240);
    actions.push(nextAction(rng, t, localSearches));
  }
  const pageviews = actions.filter((a) => a.type === 'pageview');
  const exit = (pageviews[pageviews.length - 1] ?? actions[0]) as NewAction;
  const goals = goalsOf(pageviews);
  const custom = customOf(rng, visitor);
  visitor.visits += 1;
  const isNew = visitor.first === undefined;
  visitor.first ??= { time: start, sessionId: id };
  const session: Session = {
    id,
    day,
    time: start,
    offset,
    visitor,
    totalVisits: visitor.visits,
    firstVisit: visitor.first,
    isNew,
    referrer,
    campaign: referrer?.type === 'email' || referrer?.type === 'advertising' ? rng.pick(CAMPAIGNS) : undefined,
    split: landing.url === '/' ? rng.pick(SPLITS) : undefined,
    shorturl: referrer?.type === 'social' && rng.chance(0.3) ? rng.pick(SHORTURLS) : undefined,
    javascript: rng.chance(0.97),
    heatmap: rng.chance(0.3),
    goalsCompleted: goals.completed,
    goalsIncompleted: goals.incompleted,
    revenue: goals.revenue,
    cost: goals.cost,
    custom,
    timeTotal: t - start + (bounce ? rng.int(0, 40) : rng.int(10, 120)),
    landing: landing.url,
    exit: exit.url,
    localSearches,
    actions: [],
  };
  for (const a of actions) session.actions.push({ ...a, session });
  return session;
}

/** Generates a site's sessions, oldest first, and its uptime events. Same options, same traffic. */
export function generateTraffic(options: TrafficOptions): Traffic {
  const rng = new Random(options.seed, options.siteId);
  const clock = options.clock ?? new SiteClock('UTC');
  const lastDay = parseIso(options.today) ?? Number.NaN;
  const firstDay = lastDay - options.days + 1;
  const sessions: Session[] = [];
  const firstOfDay = new Map<number, number>();
  const visitors: Visitor[] = [];
  let nextId = 100_000_000 + (options.siteId % 1000) * 100_000;
  for (let day = firstDay; day <= lastDay; day++) {
    firstOfDay.set(day, sessions.length);
    const weekday = (day + 4) % 7;
    const weekFactor = weekday === 0 || weekday === 6 ? 0.7 : 1.1;
    const count = Math.max(1, Math.round(options.visitorsPerDay * weekFactor * (0.75 + rng.next() * 0.5)));
    // Visits start at random local times of the day, converted to unix seconds with the day's offset.
    const offset = clock.offsetOfDay(day);
    const starts = Array.from(
      { length: count },
      () => day * SECONDS_PER_DAY + Math.floor(rng.next() * SECONDS_PER_DAY) - offset,
    ).sort((a, b) => a - b);
    for (const start of starts) {
      if (start > options.nowSeconds) break;
      const returning = visitors.length > 20 && rng.chance(0.4);
      let visitor: Visitor;
      if (returning) visitor = visitors[visitors.length - 1 - Math.floor(rng.next() ** 2 * visitors.length)] as Visitor;
      else {
        visitor = newVisitor(rng, visitors.length + 1);
        visitors.push(visitor);
      }
      sessions.push(makeSession(rng, nextId++, day, start, offset, visitor));
    }
  }
  const uptimeEvents: UptimeEvent[] = [];
  for (const monitor of MONITORS) {
    for (let day = firstDay; day <= lastDay; day++) {
      if (!rng.chance(0.06)) continue;
      const downAt = day * SECONDS_PER_DAY + rng.int(0, SECONDS_PER_DAY - 1) - clock.offsetOfDay(day);
      const upAt = downAt + monitor.interval * rng.int(1, 30);
      if (upAt <= options.nowSeconds) uptimeEvents.push({ monitor, downAt, upAt });
    }
  }
  return { sessions, firstOfDay, uptimeEvents, firstDay, lastDay };
}

/** The sessions that started on days [startDay, endDay]. */
export function sessionsBetween(traffic: Traffic, startDay: number, endDay: number): readonly Session[] {
  const from = Math.max(startDay, traffic.firstDay);
  const to = Math.min(endDay, traffic.lastDay);
  if (from > to) return [];
  const a = traffic.firstOfDay.get(from) ?? 0;
  const b =
    to + 1 > traffic.lastDay ? traffic.sessions.length : (traffic.firstOfDay.get(to + 1) ?? traffic.sessions.length);
  return traffic.sessions.slice(a, b);
}
