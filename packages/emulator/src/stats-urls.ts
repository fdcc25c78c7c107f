// The stats_url of each item: where in Clicky a person sees more of it. Popular items link to the visitors list
// filtered to the item when a visitors-list filter names it (pages by href, browsers by browser, ...), else to
// the type's report for that item; visitor sessions link to their actions.
import type { PopularType } from '@clicky-sdk/core';

const STATS = 'https://clicky.com/stats';

/** The visitors-list filter that selects a popular type's item, where one does. */
const FILTER_OF: Partial<Readonly<Record<PopularType, string>>> = {
  pages: 'href',
  'pages-entrance': 'landing',
  'pages-exit': 'exit',
  searches: 'search',
  'searches-keywords': 'search',
  links: 'link',
  'links-domains': 'domain',
  countries: 'country',
  languages: 'language',
  goals: 'goal',
  'web-browsers': 'browser',
  'operating-systems': 'os',
  'screen-resolutions': 'resolution',
  hostnames: 'hostname',
  organizations: 'org',
  'traffic-sources': 'source',
  campaigns: 'campaign',
  'split-tests': 'split',
  shorturls: 'shorturl',
};

/** A popular item's link for date group `date` ("YYYY-MM-DD" or "START,END"); `key` is what the filter matches
 * (a page's path, else the title). */
export function popularStatsUrl(type: PopularType, siteId: number, date: string, key: string): string {
  const filter = FILTER_OF[type];
  const site = `site_id=${siteId}&date=${encodeURIComponent(date)}`;
  return filter === undefined
    ? `${STATS}/${type}?${site}&item=${encodeURIComponent(key)}`
    : `${STATS}/visitors?${site}&${filter}=${encodeURIComponent(key)}`;
}

/** A visit's link: its actions. */
export const sessionStatsUrl = (siteId: number, sessionId: number): string =>
  `${STATS}/visitors-actions?site_id=${siteId}&session_id=${sessionId}`;

/** A search's or link's link: the visitors it brought. */
export const recentStatsUrl = (siteId: number, filter: 'search' | 'link', value: string): string =>
  `${STATS}/visitors?site_id=${siteId}&${filter}=${encodeURIComponent(value)}`;
