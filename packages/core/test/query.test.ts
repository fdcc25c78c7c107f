import { inspect } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildQuery, encodeValue, prepareRequest } from '../src/index.ts';

const SITEKEY = 'f00dfacecafe1234';
const opts = { today: '2024-10-29' };

describe('canonical query strings', () => {
  it('puts parameters in spec order whatever order they were given in', () => {
    const a = prepareRequest(
      { daily: true, date: 'last-7-days', type: ['visitors', 'pages'], sitekey: SITEKEY, site_id: 32020 },
      opts,
    );
    const b = prepareRequest(
      { site_id: 32020, type: ['visitors', 'pages'], sitekey: SITEKEY, daily: true, date: 'last-7-days' },
      opts,
    );
    expect(a.urlWithSitekey()).toBe(b.urlWithSitekey());
    expect(a.urlWithSitekey()).toBe(
      `https://api.clicky.com/api/stats/4?site_id=32020&sitekey=${SITEKEY}&type=visitors,pages&date=last-7-days&daily=1`,
    );
  });

  it('encodes custom[KEY] maps, comparisons, spaces and non-ASCII, keeping commas readable', () => {
    const r = prepareRequest(
      {
        site_id: 1,
        sitekey: SITEKEY,
        type: 'visitors-list',
        custom: { username: 'billy bob', 'e mail': 'b@example.com' },
        actions: '>5',
        time: '60,120',
        ip_address: '65.0.0.0,85.0.0.0|32.12.220.89',
        browser: 'firefox 3.5',
        city: 'Zürich',
        href: '/a?b=c&d',
      },
      opts,
    );
    expect(r.urlWithSitekey().split('?')[1]).toBe(
      `site_id=1&sitekey=${SITEKEY}&type=visitors-list&ip_address=65.0.0.0,85.0.0.0%7C32.12.220.89&actions=%3E5&time=60,120` +
        '&href=%2Fa%3Fb%3Dc%26d&browser=firefox%203.5&city=Z%C3%BCrich&custom[username]=billy%20bob&custom[e%20mail]=b%40example.com',
    );
  });

  it('sends booleans as 1 and 0, and limit all as all', () => {
    const q = prepareRequest(
      { site_id: 1, sitekey: SITEKEY, type: 'pages', limit: 'all', trends: true, null_values: false },
      opts,
    ).urlWithSitekey();
    expect(q).toContain('&limit=all&');
    expect(q).toContain('&trends=1');
    expect(q).toContain('&null_values=0');
  });

  it('decodes back to the same values with URLSearchParams, for any string', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 40 }),
        fc.string({ minLength: 1, maxLength: 20 }).filter((k) => !/[[\]]/.test(k)),
        (value, key) => {
          const query = buildQuery([
            ['href', value],
            ['custom', [[key, value]]],
          ]);
          const parsed = new URLSearchParams(query);
          expect(parsed.get('href')).toBe(value);
          expect(parsed.get(`custom[${key}]`)).toBe(value);
          expect(query).not.toMatch(/[ #&](?![^=]*=)/u);
        },
      ),
    );
  });

  it('keeps commas literal and encodes what URLs reserve', () => {
    expect(encodeValue('a,b c&d=e#f')).toBe('a,b%20c%26d%3De%23f');
  });
});

describe('the sitekey stays hidden', () => {
  const r = prepareRequest({ site_id: 32020, sitekey: SITEKEY, type: 'visitors' }, opts);

  it('in toString, toJSON, String(), template strings and inspect', () => {
    for (const shown of [
      r.toString(),
      JSON.stringify(r),
      String(r),
      `${r}`,
      inspect(r),
      inspect({ nested: r }, { depth: 5 }),
      r.redactedUrl,
    ]) {
      expect(shown).not.toContain(SITEKEY);
    }
    expect(r.toString()).toContain('sitekey=[redacted]');
    expect(inspect(r)).toBe(
      'PreparedRequest <https://api.clicky.com/api/stats/4?site_id=32020&sitekey=[redacted]&type=visitors>',
    );
    expect(Object.values(r).join(' ')).not.toContain(SITEKEY);
    expect(Object.keys(r)).not.toContain('sitekey');
  });

  it('but the transport gets the real URL', () => {
    expect(r.urlWithSitekey()).toContain(`sitekey=${SITEKEY}`);
  });

  it('uses a custom base URL, as the emulator needs', () => {
    const local = prepareRequest(
      { site_id: 1, sitekey: SITEKEY, type: 'visitors' },
      { ...opts, baseUrl: 'http://127.0.0.1:8787/' },
    );
    expect(local.urlWithSitekey()).toBe(`http://127.0.0.1:8787/api/stats/4?site_id=1&sitekey=${SITEKEY}&type=visitors`);
    expect(local.types).toEqual(['visitors']);
    expect(local.range).toEqual({ start: '2024-10-29', end: '2024-10-29' });
  });
});
