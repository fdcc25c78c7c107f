// A polluted Object.prototype (an enumerable property some other library's bug added to every object) must not
// add parameters to the requests the SDK sends, nor make it refuse them: validation reads a request's own
// parameters only. It used to send `filter=polluted` with every call.
import { afterEach, describe, expect, it } from 'vitest';
import { createClientWith } from '../../src/client/client.ts';
import { DEFAULT_BASE_URL, prepareRequest } from '../../src/request.ts';
import { groups, makeClient, recordingDecoder, SITEKEY, scriptedTransport } from './fakes.ts';

const POLLUTION: Record<string, unknown> = {
  filter: 'polluted',
  json_var: 'stolen',
  sitekey: 'abcdefabcdef99',
  site_id: 99,
  limit: 7,
  date: 'yesterday',
  time_offset: 60,
  type: 'visitors',
  baseUrl: 'http://attacker.example',
  timeoutMs: 1,
  signal: AbortSignal.abort(),
};

function pollute(): void {
  for (const [k, v] of Object.entries(POLLUTION))
    Object.defineProperty(Object.prototype, k, { value: v, enumerable: true, configurable: true, writable: true });
}

afterEach(() => {
  for (const k of Object.keys(POLLUTION)) delete (Object.prototype as Record<string, unknown>)[k];
});

const sentNames = (url: URL): string[] => [...url.searchParams.keys()];

describe('a polluted Object.prototype', () => {
  it('adds nothing to a call, a per-type call, a paginated read or prepareRequest', async () => {
    const { client, seen } = makeClient((url) => ({ body: groups(url.searchParams.get('type') ?? '', []) }));
    pollute();
    await client.stats({ type: 'pages' });
    await client.pages({ limit: 3 });
    for await (const _ of client.paginate('visitors-list', {}));
    const prepared = prepareRequest({ site_id: 1, sitekey: SITEKEY, type: 'pages' }, { today: '2024-06-01' });
    const urls = [...seen.urls, new URL(prepared.urlWithSitekey())];
    expect(urls.map(sentNames)).toEqual([
      ['site_id', 'sitekey', 'type', 'output', 'app'],
      ['site_id', 'sitekey', 'type', 'output', 'limit', 'app'],
      ['site_id', 'sitekey', 'type', 'output', 'limit', 'page', 'date', 'app'],
      ['site_id', 'sitekey', 'type'],
    ]);
    expect(seen.urls.every((u) => u.searchParams.get('sitekey') === SITEKEY)).toBe(true);
    expect(seen.urls[2]?.searchParams.get('date')).not.toBe('yesterday');
  });

  it('lends no client option: the sitekey goes to the default origin, no timeout or signal is borrowed', async () => {
    const { transport, seen } = scriptedTransport((url) => ({ body: groups(url.searchParams.get('type') ?? '', []) }));
    pollute();
    const client = createClientWith({ siteId: 1, sitekey: SITEKEY }, { transport, decoder: recordingDecoder() });
    await client.stats({ type: 'pages' }, {});
    expect(seen.urls.map((u) => u.origin)).toEqual([new URL(DEFAULT_BASE_URL).origin]);
  });
});
