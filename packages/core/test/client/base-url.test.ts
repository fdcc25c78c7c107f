// baseUrl: an http(s) origin and nothing else, checked with the URL parser the runtimes send with and kept in its
// canonical form. Credentials in it would be printed with every redacted URL; a backslash, a control character or
// a bad port was accepted and then failed every request as a retried network error; two spellings of one origin
// made two per-site gates, so two restricted requests went out at once.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { baseUrlOrigin } from '../../src/base-url.ts';
import { ClickyParamError } from '../../src/errors.ts';
import { prepareRequest } from '../../src/request.ts';
import { groups, makeClient, SITEKEY } from './fakes.ts';

describe('baseUrl', () => {
  it.each([
    'http://user:secret@127.0.0.1:9',
    'http://@127.0.0.1:9',
    'http://127.0.0.1:9\\@evil.example',
    'http://127.0.0.1:9\\',
    'http://127.0.0.1:99999',
    'http://a\u0000b',
    'http://api.clicky\n.com',
    ' https://api.clicky.com',
    'https://api.clicky.com/api',
    'https://api.clicky.com?x=1',
    'https://api.clicky.com?',
    'https://api.clicky.com#top',
    'ftp://api.clicky.com',
    'javascript:alert(1)',
    'https://',
    '',
  ])('refuses %j before any request', (baseUrl) => {
    expect(() => makeClient(() => 'hang', { baseUrl })).toThrow(ClickyParamError);
    expect(() =>
      prepareRequest({ site_id: 1, sitekey: SITEKEY, type: 'pages' }, { baseUrl, today: '2024-06-01' }),
    ).toThrow(ClickyParamError);
  });

  it('never prints credentials it was given: they are refused', () => {
    const error = (() => {
      try {
        makeClient(() => 'hang', { baseUrl: 'https://deploy:hunter2hunter2@api.clicky.com' });
      } catch (e) {
        return e as ClickyParamError;
      }
    })();
    expect(error?.problems.map((p) => p.param)).toEqual(['(options.baseUrl)']);
    expect(JSON.stringify(error) + String(error?.stack)).not.toContain('hunter2');
  });

  it.each([
    ['HTTPS://API.Clicky.com:443/', 'https://api.clicky.com'],
    ['http://127.0.0.1:80', 'http://127.0.0.1'],
    ['http://[::1]:8080/', 'http://[::1]:8080'],
    ['https://api.clicky.com', 'https://api.clicky.com'],
  ])('sends to %s as the canonical %s', async (baseUrl, origin) => {
    const { client, seen } = makeClient(() => ({ body: groups('pages', []) }), { baseUrl });
    await client.pages();
    expect(seen.urls[0]?.origin).toBe(origin);
    expect(client.prepare({ type: 'pages' }).redactedUrl.startsWith(`${origin}/api/stats/4?`)).toBe(true);
  });

  it('shares one per-site gate between two spellings of one origin', async () => {
    const a = makeClient(() => 'hang', { baseUrl: 'http://127.0.0.1:7' });
    const b = makeClient(() => ({ body: groups('visitors-list', []) }), { baseUrl: 'HTTP://127.0.0.1:7/' });
    const stop = new AbortController();
    const first = a.client.visitorsList({}, { signal: stop.signal }).catch((e: unknown) => e);
    const second = b.client.visitorsList();
    await new Promise((r) => setTimeout(r, 20));
    expect([a.seen.urls.length, b.seen.urls.length]).toEqual([1, 0]);
    stop.abort();
    await first;
    await second;
    expect(b.seen.urls).toHaveLength(1);
  });

  it('takes what it checked as it sends it: the parser reads the accepted origin back unchanged (property)', () => {
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true }), fc.string(), (url, junk) => {
        for (const candidate of [url, `${url}${junk}`, new URL(url).origin]) {
          const origin = baseUrlOrigin(candidate);
          if (origin === undefined) continue;
          const parsed = new URL(origin);
          expect(parsed.origin).toBe(origin);
          expect(`${parsed.username}${parsed.password}${parsed.search}${parsed.hash}`).toBe('');
        }
      }),
    );
  });
});
