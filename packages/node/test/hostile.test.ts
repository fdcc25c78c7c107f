// A hostile server on loopback: wrong content types, endless and oversized bodies, invalid bytes, silence and
// resets. The client fails each with a typed error, promptly, and stops reading what it refused.
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { ClickyDecodeError, ClickyHttpError, ClickyNetworkError, ClickyTimeoutError } from '@clicky-sdk/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '../src/index.ts';
import { type LoopbackServer, startLoopback } from './loopback-server.ts';

let server: LoopbackServer;
let base: string;
let endlessBytes = 0;
/** Requests by mode, and requests that reached the origin a redirect pointed to. */
const hits: Record<string, number> = {};
let elsewhere: LoopbackServer;
let elsewhereHits = 0;

const PAGES = JSON.stringify([
  { type: 'pages', dates: [{ date: '2024-01-01', items: [{ title: 'Home', value: '3', url: 'http://x/' }] }] },
]);
/** 256 MiB of spaces, gzipped to about 256 KiB: a body that inflates a thousand times. */
const BOMB = gzipSync(Buffer.alloc(256 * 1024 * 1024, 0x20), { level: 9 });

beforeAll(async () => {
  elsewhere = await startLoopback((_req, res) => {
    elsewhereHits++;
    res.end(PAGES);
  });
  const elsewhereOrigin = elsewhere.base;
  server = await startLoopback((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const mode = url.searchParams.get('filter') ?? '';
    hits[mode] = (hits[mode] ?? 0) + 1;
    const encoded = (encoding: string, body: Buffer): void => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': encoding });
      res.end(body);
    };
    if (mode === 'gzip') encoded('gzip', gzipSync(PAGES));
    else if (mode === 'deflate') encoded('deflate', deflateSync(PAGES));
    else if (mode === 'br') encoded('br', brotliCompressSync(PAGES));
    else if (mode === 'plain') encoded('identity', Buffer.from(PAGES));
    else if (mode === 'bomb') encoded('gzip', BOMB);
    else if (mode === 'corrupt-gzip')
      encoded('gzip', Buffer.concat([gzipSync(PAGES).subarray(0, 12), Buffer.alloc(64, 7)]));
    else if (mode === 'zstd') encoded('zstd', Buffer.from(PAGES));
    else if (mode === 'redirect') {
      res.writeHead(302, { location: `${elsewhereOrigin}/api/stats/4${url.search}` });
      res.end();
    } else if (mode === 'html') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<html><body>Welcome! Sign in to continue.</body></html>');
    } else if (mode === 'endless') {
      res.writeHead(200, { 'content-type': 'application/json' });
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      const pump = (): void => {
        while (!res.destroyed && res.write(chunk)) endlessBytes += chunk.length;
        if (!res.destroyed) res.once('drain', pump);
      };
      res.write('[');
      pump();
    } else if (mode === 'announced') {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(10 * 1024 ** 3) });
      res.write('[');
    } else if (mode === 'latin1') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(Buffer.from([0x5b, 0x7b, 0x22, 0xe9, 0xff, 0x22, 0x7d, 0x5d]));
    } else if (mode === 'silent') {
      // Never answers.
    } else if (mode === 'reset-after-headers') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('[{"type":"pages","dates":[');
      setTimeout(() => req.socket.destroy(), 5);
    }
  });
  base = server.base;
});
afterAll(async () => {
  await server.close();
  await elsewhere.close();
});

/** `timeoutMs` 500 by default: room for a busy machine where a test counts tries. */
const client = (timeoutMs = 500) =>
  createClient({
    siteId: 1,
    sitekey: 'abcdef0123456789',
    baseUrl: base,
    timeoutMs,
    maxBodyBytes: 1024 * 1024,
    retries: { retries: 1, baseDelayMs: 1 },
  });

describe('a hostile server', () => {
  it('an HTML page with 200: ClickyDecodeError', async () => {
    await expect(client().pages({ filter: 'html' })).rejects.toBeInstanceOf(ClickyDecodeError);
  });

  it('an endless body: refused past maxBodyBytes, and the server sees the connection dropped', async () => {
    const error = await client()
      .pages({ filter: 'endless' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ClickyDecodeError);
    expect((error as ClickyDecodeError).expected).toBe('at most 1048576 bytes');
    expect((error as ClickyDecodeError).message).toBe(
      'Could not decode the response body: expected at most 1048576 bytes (offset 1048576)',
    );
    const sent = endlessBytes;
    await new Promise((r) => setTimeout(r, 100));
    // Writes stop once the client lets go (kernel buffers may take a little more).
    expect(endlessBytes - sent).toBeLessThan(8 * 1024 * 1024);
  });

  it('a body announced larger than allowed: refused before reading', async () => {
    const error = await client()
      .pages({ filter: 'announced' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ClickyDecodeError);
  });

  it('bytes that are not UTF-8: ClickyDecodeError', async () => {
    await expect(client().pages({ filter: 'latin1' })).rejects.toBeInstanceOf(ClickyDecodeError);
  });

  it('silence: ClickyTimeoutError after each try', async () => {
    const started = Date.now();
    await expect(client().pages({ filter: 'silent' })).rejects.toBeInstanceOf(ClickyTimeoutError);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('a reset after the headers: ClickyNetworkError', async () => {
    await expect(client().pages({ filter: 'reset-after-headers' })).rejects.toBeInstanceOf(ClickyNetworkError);
  });

  it('a gzip, deflate or br body although none was asked for: read as fetch reads it, the same result', async () => {
    const plain = await client(20_000).pages({ filter: 'plain' });
    expect(plain[0]?.items[0]?.title).toBe('Home');
    for (const filter of ['gzip', 'deflate', 'br']) expect(await client(20_000).pages({ filter })).toEqual(plain);
  });

  it('a gzip bomb: cut at maxBodyBytes counted after inflating, without inflating the rest', async () => {
    const error = await client(20_000)
      .pages({ filter: 'bomb' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ClickyDecodeError);
    expect((error as ClickyDecodeError).expected).toBe('at most 1048576 bytes');
    expect(hits.bomb).toBe(1);
  });

  it('a body its encoding cannot read, or an encoding the client does not know: ClickyDecodeError, one try', async () => {
    for (const filter of ['corrupt-gzip', 'zstd']) {
      await expect(client(20_000).pages({ filter }), filter).rejects.toBeInstanceOf(ClickyDecodeError);
      expect(hits[filter], filter).toBe(1);
    }
  });

  it('a redirect to another origin: not followed, nothing sent there, not retried', async () => {
    await expect(client(20_000).pages({ filter: 'redirect' })).rejects.toBeInstanceOf(ClickyHttpError);
    expect(elsewhereHits).toBe(0);
    expect(hits.redirect).toBe(1);
  });
});
