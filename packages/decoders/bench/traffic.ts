// The bench's main fixture: varied traffic, as a site's visitors-list really is. Visitors differ in which fields
// they have (a direct visit has no referrer fields, a search one has a search phrase, few have a campaign, goals
// or custom data, and custom data has its own keys per site user), so a list holds dozens of item shapes, not one.
// Drawn from a seeded generator, so every run decodes the same bodies.

type Item = Record<string, unknown>;

/** A small seeded generator (mulberry32): the same sequence on every run and runtime. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PLACES = [
  ['Arlington, Massachusetts, USA', 'us', 42.4188, -71.1557, 'English', 'Comcast Cable', 'comcast.net'],
  ['Portland, Oregon, USA', 'us', 45.5152, -122.6784, 'English', 'CenturyLink', 'centurylink.net'],
  ['London, United Kingdom', 'gb', 51.5072, -0.1276, 'English', 'BT', 'bt.com'],
  ['Berlin, Germany', 'de', 52.52, 13.405, 'German', 'Deutsche Telekom', 't-online.de'],
  ['Zürich, Switzerland', 'ch', 47.3769, 8.5417, 'German', 'Swisscom', 'bluewin.ch'],
  ['São Paulo, Brazil', 'br', -23.5505, -46.6333, 'Portuguese', 'Vivo', 'vivo.com.br'],
  ['Tokyo, Japan', 'jp', 35.6762, 139.6503, 'Japanese', 'NTT', 'ocn.ne.jp'],
  ['Paris, France', 'fr', 48.8566, 2.3522, 'French', 'Orange', 'orange.fr'],
] as const;
const BROWSERS = ['Google Chrome 129.0', 'Firefox 131.0', 'Safari 18.0', 'Microsoft Edge 129.0', 'Opera 113.0'];
const SYSTEMS = ['Windows 11', 'Mac OS X', 'iOS 18', 'Android 14', 'Linux'];
const RESOLUTIONS = ['1920x1080', '1792x1120', '390x844', '1366x768', '2560x1440'];
const PAGES = ['/', '/pricing', '/blog/getting-started', '/docs/api', '/about', '/blog/release-notes?ref=nav'];
const SEARCHES = ['clicky analytics', 'web analytics api', 'real time visitor stats', 'heatmaps'];
const LINKS = [
  ['https://news.ycombinator.com/item?id=41234567', 'news.ycombinator.com', 'link'],
  ['https://www.reddit.com/r/webdev/comments/abc123/', 'reddit.com', 'social'],
  ['https://twitter.com/someone/status/1843', 'twitter.com', 'social'],
  ['https://example.org/a-review-of-analytics-tools', 'example.org', 'link'],
] as const;
const CAMPAIGNS = ['Fall sale', 'Newsletter October', 'Launch week'];
const GOALS = ['Signup', 'Purchase', 'Newsletter', 'Upsell', 'Contact form'];
const CUSTOM_KEYS = ['username', 'email', 'plan', 'company', 'role'];

const pick = <T>(r: () => number, list: readonly T[]): T => list[Math.floor(r() * list.length)] as T;
const some = <T>(r: () => number, list: readonly T[], p: number): T[] => list.filter(() => r() < p);

function visitor(r: () => number, i: number): Item {
  const place = pick(r, PLACES);
  const time = 1730246399 - i * 17;
  const session = 312859048 - i;
  const uid = 1313781915 + Math.floor(r() * 1e6);
  const item: Item = {
    time,
    time_pretty: `Tue Oct 29 2024, ${1 + (i % 12)}:${String(i % 60).padStart(2, '0')}p`,
    time_total: Math.floor(r() * 3600),
    ip_address: `${24 + (i % 200)}.${i % 256}.${Math.floor(r() * 256)}.0`,
    uid: String(uid),
    session_id: session,
    actions: 1 + Math.floor(r() * 12),
    total_visits: 1 + Math.floor(r() * 6),
    first_visit: { time: time - Math.floor(r() * 9e6), session_id: session - Math.floor(r() * 9e6) },
    landing_page: `https://example.com${pick(r, PAGES)}`,
    web_browser: pick(r, BROWSERS),
    operating_system: pick(r, SYSTEMS),
  };
  const js = r() < 0.93;
  if (js) item.screen_resolution = pick(r, RESOLUTIONS);
  item.javascript = js;
  item.language = place[4];
  const referrer = r();
  if (referrer < 0.3) {
    const q = pick(r, SEARCHES);
    item.referrer_url = `https://www.google.com/search?q=${q.replaceAll(' ', '+')}`;
    item.referrer_domain = 'google.com';
    item.referrer_search = q;
    item.referrer_type = 'search';
  } else if (referrer < 0.55) {
    const [url, domain, type] = pick(r, LINKS);
    item.referrer_url = url;
    item.referrer_domain = domain;
    item.referrer_type = type;
  } else item.referrer_type = 'direct';
  item.geolocation = place[0];
  item.country_code = place[1];
  item.latitude = place[2];
  item.longitude = place[3];
  if (r() < 0.95) item.hostname = place[6];
  if (r() < 0.9) item.organization = place[5];
  if (r() < 0.08) item.campaign = pick(r, CAMPAIGNS);
  if (r() < 0.15) {
    const goals: Item = {};
    const completed = some(r, GOALS, 0.3);
    const incompleted = some(r, GOALS, 0.15);
    if (completed.length > 0) goals.completed = completed;
    if (incompleted.length > 0) goals.incompleted = incompleted;
    if (completed.length > 0 && r() < 0.6) goals.revenue = Math.round(r() * 20000) / 100;
    if (r() < 0.3) goals.cost = Math.round(r() * 500) / 100;
    if (Object.keys(goals).length > 0) item.goals = goals;
  }
  if (r() < 0.2) {
    const custom: Item = {};
    for (const key of some(r, CUSTOM_KEYS, 0.45))
      custom[key] = key === 'email' ? `user${uid}@example.com` : `${key}-${uid % 97}`;
    if (Object.keys(custom).length > 0) item.custom = custom;
  }
  item.stats_url = `https://clicky.com/stats/visitors-actions?site_id=101369228&session_id=${session}`;
  return item;
}

/** `count` visitors, newest first. */
export function variedVisitors(count: number, seed = 7): Item[] {
  const r = random(seed);
  return Array.from({ length: count }, (_, i) => visitor(r, i));
}

/** A visitors-list answer holding these visitors. */
export const visitorsList = (items: Item[]) => ({
  'visitors-list': [{ date: '2024-09-30,2024-10-29', start: '2024-09-30', end: '2024-10-29', items }],
});

/** A small answer (well under 1 KB in every format): visitors per day for 7 days. */
export const dailyTally = () => ({
  visitors: Array.from({ length: 7 }, (_, d) => {
    const date = `2024-10-${String(29 - d).padStart(2, '0')}`;
    return { date, start: date, end: date, items: [{ value: 1800 + ((d * 137) % 400) }] };
  }),
});

/** How many item shapes (key sequences, nested objects included) a list holds. */
export function shapeCount(items: readonly Item[]): number {
  const shapes = new Set<string>();
  const walk = (v: unknown): string =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.entries(v)
          .map(([k, x]) => `${k}(${walk(x)})`)
          .join(',')
      : '';
  for (const item of items) shapes.add(walk(item));
  return shapes.size;
}
