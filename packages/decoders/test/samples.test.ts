// Every real sample in shared/reference/samples decodes, with typed fields.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decode } from '../src/index.ts';

// Byte-for-byte copies of shared/reference/samples (origins in samples/SOURCES.md), so the tests need nothing outside the repo.
const samples = join(__dirname, 'samples');
const read = (name: string): string => readFileSync(join(samples, name), 'utf8');

describe('real samples', () => {
  it('visitors-list.v4.json gives exactly its 6 visitors, typed', () => {
    const r = decode(read('visitors-list.v4.json'), { types: ['visitors-list'] });
    const groups = r['visitors-list'];
    expect(groups).toHaveLength(1);
    const group = groups[0]!;
    expect(group.date).toBe('2022-06-26,2022-06-30');
    expect(group.start).toBe('2022-06-26');
    expect(group.end).toBe('2022-06-30');
    expect(group.items).toHaveLength(6);
    expect(group.items.map((v) => v.session_id)).toEqual([
      247859048, 247853892, 247850157, 247847735, 247847073, 247844917,
    ]);
    const first = group.items[0]!;
    expect(first).toMatchObject({
      time: 1656520164,
      time_total: 84,
      actions: 2,
      total_visits: 1,
      uid: '1313781915',
      first_visit: { time: 1656520164, session_id: 247859048 },
      javascript: true,
      latitude: 42.4188,
      longitude: -71.1557,
      country_code: 'us',
      landing_page: 'http://dvci.github.io/shc-web-verifier/',
    });
    expect(first.referrer_url).toBeUndefined();
    expect('referrer_url' in first).toBe(false);
    expect(group.items.map((v) => v.time_total)).toEqual([84, 992, 122, 602, 31, 265]);
  });

  it('pages.v4-fixture (a JSON body inside a Ruby string) gives 2 typed pages', () => {
    const body = read('pages.v4-fixture.rb-string.txt').replace(/\\"/g, '"');
    const r = decode(body, { types: ['pages'] });
    expect(r.pages[0]?.items).toEqual([
      {
        value: 6,
        value_percent: 66.7,
        title: 'Test Page',
        stats_url: 'http://getclicky.com/stats/visitors',
        url: 'http://blackbookemg.dev/posts',
      },
      {
        value: 1,
        value_percent: 11.1,
        title: 'Test Page 2',
        stats_url: 'http://getclicky.com/stats/visitors',
        url: 'http://blackbookemg.dev/requests/1',
      },
    ]);
  });

  it.each([
    ['visitors-list.legacy-v2.xml', 'visitors-list', 30],
    ['actions-list.legacy-v2.xml', 'actions-list', 30],
    ['searches.legacy-v2.xml', 'searches', 20],
  ] as const)('%s (retired v2 XML with CDATA) decodes as %s', (file, type, count) => {
    const r = decode(read(file), { types: [type], date: '2008-01-05' }) as Record<
      string,
      { items: Record<string, unknown>[] }[]
    >;
    const items = r[type]?.[0]?.items ?? [];
    expect(items).toHaveLength(count);
    if (type === 'searches') expect(items[0]).toMatchObject({ title: 'clicky', value: 473, value_percent: 44.1 });
    else
      expect(items[0]).toMatchObject({
        time: 1199537936,
        session_id: 190033496,
        ip_address: '59.105.134.104',
        custom: { username: 'achang' },
      });
    if (type === 'visitors-list') expect(items[0]).toMatchObject({ javascript: true, latitude: 25.0392, actions: 1 });
  });

  it('a retired v2 body without the requested date is refused clearly', () => {
    expect(() => decode(read('searches.legacy-v2.xml'), { types: ['searches'] })).toThrow(
      /retired v1\/v2 <items> body/,
    );
  });
});
