// The benchmark document: a 5,000-visitor visitors-list with every field filled.
import type { VisitorsListItem } from '@clicky-sdk/core';

const browsers = ['Google Chrome 103.0', 'Firefox 128.0', 'Safari 17.4', 'Microsoft Edge 126'];
const cities = ['Arlington, Massachusetts, USA', 'Zürich, Switzerland', 'Tokyo, Japan', 'São Paulo, Brazil'];

export function visitors(count = 5000): VisitorsListItem[] {
  return Array.from(
    { length: count },
    (_, i): VisitorsListItem => ({
      time: 1656520164 - i * 37,
      time_pretty: 'Wed Jun 29 2022, 12:29p',
      time_total: (i * 13) % 3600,
      ip_address: `24.34.${i % 256}.0`,
      uid: String(1313781915 + i),
      session_id: 247859048 - i,
      actions: (i % 9) + 1,
      total_visits: (i % 4) + 1,
      first_visit: { time: 1650000000 + i, session_id: 240000000 + i },
      landing_page: `https://example.com/blog/post-${i % 50}?utm_source=news&utm_medium=email`,
      web_browser: browsers[i % 4] as string,
      operating_system: 'Mac OS X',
      screen_resolution: '1792x1120',
      javascript: i % 7 !== 0,
      language: 'English',
      referrer_url: `https://www.google.com/search?q=clicky+analytics+${i % 30}`,
      referrer_domain: 'google.com',
      referrer_search: `clicky analytics ${i % 30}`,
      referrer_type: 'search',
      geolocation: cities[i % 4] as string,
      country_code: 'us',
      latitude: 42.4188 + (i % 100) / 1000,
      longitude: -71.1557 - (i % 100) / 1000,
      hostname: 'comcast.net',
      organization: 'Comcast Cable',
      campaign: 'Fall sale',
      goals: { completed: ['Signup', 'Purchase'], incompleted: ['Upsell'], revenue: 49.95, cost: 1.5 },
      custom: { username: `user${i}`, email: `user${i}@example.com`, plan: 'pro' },
      stats_url: `https://clicky.com/stats/visitors-actions?site_id=101369228&session_id=${247859048 - i}`,
    }),
  );
}

export const result = {
  'visitors-list': [{ date: '2022-06-26,2022-06-30', start: '2022-06-26', end: '2022-06-30', items: visitors() }],
};
