// The engine over a scripted transport: what it sends, what it retries, how it fails, what it tells the logger.
import { readFileSync } from 'node:fs';
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { createClientWith } from '../../src/client/client.ts';
import type { LogEvent } from '../../src/client/log.ts';
import type { Decoder } from '../../src/client/transport.ts';
import { SDK_VERSION } from '../../src/client/version.ts';
import {
  ClickyAbortError,
  ClickyApiError,
  ClickyDecodeError,
  type ClickyError,
  ClickyHttpError,
  ClickyNetworkError,
  ClickyParamError,
  ClickyTimeoutError,
} from '../../src/errors.ts';
import { DATA_TYPES } from '../../src/generated/tables.ts';
import { groups, makeClient, SITEKEY, scriptedTransport } from './fakes.ts';

const ok = (type = 'visitors', items: unknown[] = [{ value: 1 }]) => ({ body: groups(type, items) });

describe('what the client sends', () => {
  it('json by default, the app as clicky-sdk/<version>, the credentials from the client', async () => {
    const { client, seen } = makeClient(() => ok());
    await client.stats({ type: 'visitors' });
    const q = seen.urls[0]!.searchParams;
    expect(q.get('output')).toBe('json');
    expect(q.get('app')).toBe(`clicky-sdk/${SDK_VERSION}`);
    expect(q.get('site_id')).toBe('1');
    expect(q.get('sitekey')).toBe(SITEKEY);
    expect(seen.urls[0]!.pathname).toBe('/api/stats/4');
  });

  it('keeps SDK_VERSION equal to the package version', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(SDK_VERSION).toBe(pkg.version);
  });

  it('lets the client and the request choose output and app', async () => {
    const { client, seen } = makeClient(() => ok(), { output: 'xml', app: 'my-dashboard' });
    await client.stats({ type: 'visitors', output: 'csv' });
    expect(seen.urls[0]!.searchParams.get('output')).toBe('csv');
    expect(seen.urls[0]!.searchParams.get('app')).toBe('my-dashboard');
  });

  it('refuses credentials in a request and bad parameters before sending anything', async () => {
    const { client, seen } = makeClient(() => ok());
    await expect(client.stats({ type: 'visitors', sitekey: 'abcdefabcdef12' } as never)).rejects.toMatchObject({
      code: 'CLICKY_PARAM',
      problems: [{ param: 'sitekey', rule: 'client' }],
    });
    await expect(client.stats({ type: 'pages', limt: 3 } as never)).rejects.toBeInstanceOf(ClickyParamError);
    expect(seen.urls).toHaveLength(0);
  });

  it('derives the decode hints from the request', async () => {
    const { client, decoder } = makeClient((url) => {
      const t = url.searchParams.get('type');
      return t === 'segmentation'
        ? { body: JSON.stringify({ summary: [], countries: [] }) }
        : { body: JSON.stringify({ 'visitors-list': [] }) };
    });
    await client.stats({ type: 'segmentation', segments: ['summary', 'countries'], country: 'us' });
    await client.stats({
      type: 'visitors-list',
      'visitor-details': ['time', 'ip_address'],
      custom_keys_multi_values: true,
      date: '2024-01-01,2024-01-07',
      output: 'php',
    });
    expect(decoder.hints[0]).toMatchObject({ types: ['summary', 'countries'], partial: false, multiValues: false });
    expect(decoder.hints[0]!.format).toBe('json');
    expect(decoder.hints[1]).toMatchObject({
      types: ['visitors-list'],
      partial: true,
      multiValues: true,
      format: 'php',
      date: '2024-01-01,2024-01-07',
    });
  });

  it("tells the decoder whether the client is strict: false by default, the client's strict option else", async () => {
    const lenient = makeClient(() => ok());
    await lenient.client.stats({ type: 'visitors' });
    expect(lenient.decoder.hints[0]!.strict).toBe(false);
    const strict = makeClient(() => ok(), { strict: true });
    await strict.client.stats({ type: 'visitors' });
    await strict.client.visitors();
    expect(strict.decoder.hints.map((h) => h.strict)).toEqual([true, true]);
  });

  it('fails a strict call with the decode error its decoder throws, after one try: a body fails every time', async () => {
    const { transport, seen } = scriptedTransport(() => ok('visitors', [{}]));
    // A decoder that honours the hint as the decoders package does: strict, an item without its value throws.
    const decoder: Decoder = {
      decode: (body, hints) => {
        if (hints.strict) throw new ClickyDecodeError(hints.format, 'the required field value', { path: 'visitors' });
        return JSON.parse(body);
      },
    };
    const options = { siteId: 1, sitekey: SITEKEY, baseUrl: 'http://127.0.0.1:9', retries: { baseDelayMs: 1 } };
    const strict = createClientWith({ ...options, strict: true }, { transport, decoder });
    await expect(strict.visitors()).rejects.toThrow(
      new ClickyDecodeError('json', 'the required field value', { path: 'visitors' }),
    );
    expect(seen.urls).toHaveLength(1);
    const lenient = createClientWith(options, { transport, decoder });
    expect(await lenient.visitors()).toEqual([
      { date: '2024-01-01', start: '2024-01-01', end: '2024-01-01', items: [{}] },
    ]);
  });

  it('gives every data type a method returning its groups; segmentation keeps its segments', async () => {
    const { client, seen } = makeClient((url) => {
      const t = url.searchParams.get('type') ?? '';
      return t === 'segmentation' ? { body: JSON.stringify({ summary: [] }) } : ok(t, [{ n: t }]);
    });
    const methods = client as unknown as Record<string, (r?: object) => Promise<unknown>>;
    for (const type of Object.keys(DATA_TYPES)) {
      const name = type.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
      expect(typeof methods[name], name).toBe('function');
    }
    expect(await client.visitorsList({ date: '2024-01-01' })).toEqual([
      { date: '2024-01-01', start: '2024-01-01', end: '2024-01-01', items: [{ n: 'visitors-list' }] },
    ]);
    expect(await client.segmentation({ segments: ['summary'] })).toEqual({ summary: [] });
    expect(seen.urls.map((u) => u.searchParams.get('type'))).toEqual(['visitors-list', 'segmentation']);
  });
});

describe('withResponse', () => {
  it('gives the raw body, status, headers, redacted url and the decoder problems', async () => {
    const body = JSON.stringify({ visitors: [], problems: ['visitors[0]: unexpected field x'] });
    const { client } = makeClient(() => ({ body, headers: { 'content-type': 'application/json', 'x-a': '1' } }));
    const r = await client.stats({ type: 'visitors' }).withResponse();
    expect(r.body).toBe(body);
    expect(r.status).toBe(200);
    expect(r.headers['x-a']).toBe('1');
    expect(r.url).toContain('sitekey=[redacted]');
    expect(r.url).not.toContain(SITEKEY);
    expect(r.problems).toEqual(['visitors[0]: unexpected field x']);
    const groupsOnly = await client.visitors().withResponse();
    expect(groupsOnly.data).toEqual([]);
    expect(groupsOnly.body).toBe(body);
  });

  it('refuses to be asked after the call started, since the body was not kept', async () => {
    const { client } = makeClient(() => ok());
    const p = client.stats({ type: 'visitors' });
    await p;
    await expect(p.withResponse()).rejects.toBeInstanceOf(ClickyParamError);
  });
});

describe('retries', () => {
  it('retries network errors, 408, 429, 5xx and the too-many-requests answer, then succeeds', async () => {
    const failures = [
      new Error('ECONNRESET'),
      { status: 408 },
      { status: 429 },
      { status: 503, body: 'busy' },
      { body: JSON.stringify({ error: 'Only one request at a time per IP address is allowed for this site.' }) },
    ];
    for (const failure of failures) {
      const { client, seen } = makeClient((_, n) => (n === 1 ? failure : ok()));
      expect(await client.visitors()).toHaveLength(1);
      expect(seen.urls).toHaveLength(2);
    }
  });

  it('does not retry the API errors or 4xx answers, and fails with their typed error', async () => {
    const cases: [object, new (...a: never[]) => ClickyError][] = [
      [{ body: JSON.stringify({ error: 'Invalid sitekey.' }) }, ClickyApiError],
      [{ status: 404, body: 'nope' }, ClickyHttpError],
      [{ body: '{"visitors": [' }, ClickyDecodeError],
    ];
    for (const [answer, kind] of cases) {
      const { client, seen } = makeClient(() => answer);
      await expect(client.visitors()).rejects.toBeInstanceOf(kind);
      expect(seen.urls).toHaveLength(1);
    }
  });

  it('says in a network error which server could not be reached, and why', async () => {
    const refused = Object.assign(new TypeError('fetch failed'), {
      cause: Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), { code: 'ECONNREFUSED' }),
    });
    const { client } = makeClient(() => refused, { retries: 0 });
    const error = await client.visitors().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ClickyNetworkError);
    expect((error as Error).message).toBe(
      'The Clicky API at http://127.0.0.1:9 could not be reached: connect ECONNREFUSED 127.0.0.1:9',
    );
    const bare = await makeClient(() => new Error(''), { retries: 0 })
      .client.visitors()
      .catch((e: unknown) => e);
    expect((bare as Error).message).toBe('The Clicky API at http://127.0.0.1:9 could not be reached');
  });

  it('cuts a long reason short after redacting it, so no part of the sitekey is left', async () => {
    const long = new Error(`${'x'.repeat(190)} ${SITEKEY} and more`);
    const { client } = makeClient(() => long, { retries: 0 });
    const message = await client.visitors().catch((e: unknown) => (e as Error).message);
    expect(message).toMatch(/could not be reached: x{190} \[redac\.\.\.$/);
    expect(message).not.toContain(SITEKEY.slice(0, 4));
  });

  it('gives up after `retries` more tries with the last error', async () => {
    const { client, seen } = makeClient(() => ({ status: 502 }), { retries: { retries: 2, baseDelayMs: 1 } });
    await expect(client.visitors()).rejects.toMatchObject({ status: 502, code: 'CLICKY_HTTP' });
    expect(seen.urls).toHaveLength(3);
  });

  it('waits Retry-After, but fails at once when it is beyond the cap', async () => {
    const { client } = makeClient((_, n) => (n === 1 ? { status: 503, headers: { 'retry-after': '1' } } : ok()));
    const started = Date.now();
    await client.visitors();
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    const capped = makeClient(() => ({ status: 429, headers: { 'retry-after': '3600' } }), {
      retries: { maxRetryAfterMs: 10_000 },
    });
    await expect(capped.client.visitors()).rejects.toMatchObject({ status: 429, retryAfterMs: 3_600_000 });
    expect(capped.seen.urls).toHaveLength(1);
  });

  it('turns a try that takes too long into ClickyTimeoutError, and retries it', async () => {
    const { client, seen } = makeClient((_, n) => (n === 1 ? 'hang' : ok()), { timeoutMs: 50 });
    expect(await client.visitors()).toHaveLength(1);
    expect(seen.signals[0]!.aborted).toBe(true);
    const always = makeClient(() => 'hang', { timeoutMs: 30, retries: 1 });
    const error = await always.client.visitors().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ClickyTimeoutError);
    expect((error as ClickyTimeoutError).timeoutMs).toBe(30);
    expect(always.seen.urls).toHaveLength(2);
  });

  it('counts a body that stalls midway against the timeout', async () => {
    const { client } = makeClient(() => ({ body: groups('visitors', []), delayMs: 200 }), {
      timeoutMs: 40,
      retries: 0,
    });
    await expect(client.visitors()).rejects.toBeInstanceOf(ClickyTimeoutError);
  });
});

describe('abort', () => {
  it('rejects at once with ClickyAbortError while in flight, and aborts the transport', async () => {
    const { client, seen } = makeClient(() => 'hang');
    const controller = new AbortController();
    const p = client.visitors({}, { signal: controller.signal });
    await new Promise((r) => setTimeout(r, 10));
    controller.abort();
    await expect(p).rejects.toBeInstanceOf(ClickyAbortError);
    expect(seen.signals[0]!.aborted).toBe(true);
  });

  it('rejects during the backoff, and with an already aborted signal sends nothing', async () => {
    const { client, seen } = makeClient(() => ({ status: 503, headers: { 'retry-after': '20' } }));
    const controller = new AbortController();
    const p = client.visitors({}, { signal: controller.signal });
    await new Promise((r) => setTimeout(r, 30));
    const started = Date.now();
    controller.abort();
    await expect(p).rejects.toBeInstanceOf(ClickyAbortError);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(seen.urls).toHaveLength(1);
    await expect(client.visitors({}, { signal: AbortSignal.abort() })).rejects.toBeInstanceOf(ClickyAbortError);
    expect(seen.urls).toHaveLength(1);
  });

  it("follows the client's own signal too", async () => {
    const controller = new AbortController();
    const { client } = makeClient(() => 'hang', { signal: controller.signal });
    const p = client.pages();
    controller.abort();
    await expect(p).rejects.toBeInstanceOf(ClickyAbortError);
  });
});

describe('the sitekey', () => {
  it('never reaches a log event, an error, or an error property', async () => {
    const events: LogEvent[] = [];
    const leaky = (url: URL) => new Error(`connect ECONNREFUSED while fetching ${url.href} key ${SITEKEY}`);
    const { client } = makeClient((url, n) => (n <= 2 ? leaky(url) : { status: 500, body: `echo ${url.href}` }), {
      logger: (e) => events.push(e),
      retries: { retries: 3, baseDelayMs: 1 },
    });
    const error = await client.visitors().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ClickyHttpError);
    expect(events.length).toBe(4);
    const everything = [
      JSON.stringify(events),
      inspect(error, { depth: 10, showHidden: true }),
      JSON.stringify(error),
      String(error),
      inspect(client, { depth: 3 }),
    ].join('\n');
    expect(everything).not.toContain(SITEKEY);
    const network = await makeClient((url) => leaky(url), { retries: 0 })
      .client.visitors()
      .catch((e: unknown) => e);
    expect(network).toBeInstanceOf(ClickyNetworkError);
    expect(inspect(network, { depth: 10, showHidden: true })).not.toContain(SITEKEY);
  });

  it('is checked by rule in the options and never shown', () => {
    const bad = 'short-but-secret!';
    const error = (() => {
      try {
        makeClient(() => ok(), { sitekey: bad, siteId: 0, timeoutMs: -1, concurrency: 0 });
      } catch (e) {
        return e as ClickyParamError;
      }
    })();
    expect(error).toBeInstanceOf(ClickyParamError);
    expect(error?.problems.map((p) => p.param)).toEqual([
      '(options.siteId)',
      '(options.sitekey)',
      '(options.timeoutMs)',
      '(options.concurrency)',
    ]);
    expect(inspect(error, { depth: 10 })).not.toContain(bad);
  });
});
