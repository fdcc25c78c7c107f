// Popular types, counted from sessions and their actions: items ordered most to least.
import type { PopularType } from '@clicky-sdk/core';
import { GOALS, SITE_URL } from './catalog.ts';
import { round } from './pretty.ts';
import type { Action, Session } from './traffic.ts';

export interface PopularRow {
  title: string;
  value: number;
  url?: string;
  /** What a visitors-list filter matches for this row (a page's path), when not the title. */
  key?: string;
  /** Type-specific fields (goals, video). */
  extra?: Record<string, number>;
}

export interface PopularContext {
  readonly siteId: number;
  readonly heatmapUrl: boolean;
  readonly videoMeta: boolean;
}

/** Counts one key per session (or per action), keeping the first URL seen for a key. */
class Counter {
  readonly rows = new Map<string, PopularRow>();
  add(title: string | undefined, by = 1, url?: string): void {
    if (title === undefined || title === '') return;
    const row = this.rows.get(title);
    if (row) row.value += by;
    else this.rows.set(title, url === undefined ? { title, value: by } : { title, value: by, url });
  }
}

const perSession =
  (key: (s: Session) => string | readonly string[] | undefined) =>
  (sessions: readonly Session[]): PopularRow[] => {
    const c = new Counter();
    for (const s of sessions) {
      const k = key(s);
      if (Array.isArray(k)) for (const one of new Set(k)) c.add(one);
      else c.add(k as string | undefined);
    }
    return [...c.rows.values()];
  };

const perAction =
  (type: Action['type'], url: (a: Action) => string | undefined = (a) => a.url) =>
  (sessions: readonly Session[]): PopularRow[] => {
    const c = new Counter();
    for (const s of sessions) for (const a of s.actions) if (a.type === type) c.add(a.title, 1, url(a));
    return [...c.rows.values()];
  };

/** Page views by path; the title is the page's, the URL absolute (with heatmap access when asked). */
function pages(sessions: readonly Session[], ctx: PopularContext): PopularRow[] {
  const rows = new Map<string, PopularRow>();
  for (const s of sessions) {
    for (const a of s.actions) {
      if (a.type !== 'pageview') continue;
      const row = rows.get(a.url);
      if (row) {
        row.value++;
        continue;
      }
      const url = `${SITE_URL}${a.url}`;
      rows.set(a.url, {
        title: a.title,
        value: 1,
        url: ctx.heatmapUrl ? `${url}${url.includes('?') ? '&' : '?'}_heatmap=${ctx.siteId}` : url,
        key: a.url,
      });
    }
  }
  return [...rows.values()];
}

function goals(sessions: readonly Session[]): PopularRow[] {
  return GOALS.flatMap((goal) => {
    const done = sessions.filter((s) => s.goalsCompleted.includes(goal.name));
    const incompleted = sessions.filter((s) => s.goalsIncompleted.includes(goal.name)).length;
    if (done.length === 0 && incompleted === 0) return [];
    return [
      {
        title: goal.name,
        value: done.length,
        extra: {
          incompleted,
          conversion: round(sessions.length === 0 ? 0 : (done.length / sessions.length) * 100, 2),
          revenue: round(done.length * goal.revenue, 2),
          cost: round(done.length * goal.cost, 2),
        },
      },
    ];
  });
}

function video(sessions: readonly Session[], ctx: PopularContext): PopularRow[] {
  return perAction('video_play')(sessions).map((row) => {
    if (!ctx.videoMeta) return row;
    const seed = [...row.title].reduce((h, ch) => (h * 31 + ch.charCodeAt(0)) % 997, 7);
    return { ...row, extra: { time_average: 30 + (seed % 200), percent_watched: 20 + (seed % 75) } };
  });
}

const bucket = (n: number, edges: readonly [number, string][]): string =>
  (edges.find(([max]) => n <= max) ?? edges[edges.length - 1])?.[1] ?? '';
const ACTION_BUCKETS: readonly [number, string][] = [
  [1, '1 action'],
  [5, '2-5 actions'],
  [10, '6-10 actions'],
  [Infinity, '11+ actions'],
];
const TIME_BUCKETS: readonly [number, string][] = [
  [30, '0-30 seconds'],
  [60, '30-60 seconds'],
  [300, '1-5 minutes'],
  [600, '5-10 minutes'],
  [Infinity, '10+ minutes'],
];

function mostActive(sessions: readonly Session[]): PopularRow[] {
  const c = new Counter();
  for (const s of sessions) c.add(s.visitor.username ?? s.visitor.ip, s.actions.length);
  return [...c.rows.values()];
}

export const POPULAR: Readonly<
  Record<PopularType, (sessions: readonly Session[], ctx: PopularContext) => PopularRow[]>
> = {
  custom: perSession((s) => Object.entries(s.custom).flatMap(([k, vs]) => vs.map((v) => `${k}: ${v}`))),
  pages,
  'pages-entrance': perSession((s) => s.landing),
  'pages-exit': perSession((s) => s.exit),
  searches: perSession((s) => s.referrer?.search),
  'searches-keywords': perSession((s) => s.referrer?.search?.split(/\s+/)),
  'searches-engines': perSession((s) => (s.referrer?.type === 'search' ? s.referrer.domain : undefined)),
  'searches-rankings': perSession((s) => (s.referrer?.rank === undefined ? undefined : `Rank ${s.referrer.rank}`)),
  links: perSession((s) => (s.referrer?.type === 'link' || s.referrer?.type === 'social' ? s.referrer.url : undefined)),
  'links-domains': perSession((s) =>
    s.referrer?.type === 'link' || s.referrer?.type === 'social' ? s.referrer.domain : undefined,
  ),
  'links-outbound': perAction('outbound'),
  countries: perSession((s) => s.visitor.place.country),
  regions: perSession((s) => `${s.visitor.place.region}, ${s.visitor.place.country}`),
  cities: perSession((s) => `${s.visitor.place.city}, ${s.visitor.place.region}, ${s.visitor.place.country}`),
  languages: perSession((s) => s.visitor.place.language),
  goals,
  video,
  downloads: perAction('download'),
  events: perAction('click', () => undefined),
  'web-browsers': perSession((s) => s.visitor.browser),
  'operating-systems': perSession((s) => s.visitor.os),
  'screen-resolutions': perSession((s) => s.visitor.resolution),
  hardware: perSession((s) => s.visitor.hardware),
  hostnames: perSession((s) => s.visitor.place.host),
  organizations: perSession((s) => s.visitor.place.org),
  'traffic-sources': perSession((s) => s.referrer?.type ?? 'direct'),
  'visitors-most-active': mostActive,
  campaigns: perSession((s) => s.campaign),
  'split-tests': perSession((s) => s.split),
  'engagement-actions': perSession((s) => bucket(s.actions.length, ACTION_BUCKETS)),
  'engagement-times': perSession((s) => bucket(s.timeTotal, TIME_BUCKETS)),
  shorturls: perSession((s) => s.shorturl),
};

/** Most to least, ties by title, so pages never overlap or skip. */
export const byPopularity = (a: PopularRow, b: PopularRow): number =>
  b.value - a.value || (a.title < b.title ? -1 : a.title > b.title ? 1 : 0);
