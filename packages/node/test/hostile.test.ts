// A hostile server on loopback: wrong content types, endless and oversized bodies, invalid bytes, silence and
// resets. The client fails each with a typed error, promptly, and stops reading what it refused.
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { ClickyDecodeError, ClickyNetworkError, ClickyTimeoutError } from '@clicky-sdk/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '../src/index.ts';

let server: Server;
let base: string;
let endlessBytes = 0;
const sockets = new Set<Socket>();

beforeAll(async () => {
  server = createServer((req, res) => {
    const mode = new URL(req.url ?? '/', 'http://x').searchParams.get('filter') ?? '';
    if (mode === 'html') {
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
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  for (const s of sockets) s.destroy();
  await new Promise((r) => server.close(r));
});

const client = () =>
  createClient({
    siteId: 1,
    sitekey: 'abcdef0123456789',
    baseUrl: base,
    timeoutMs: 500,
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
});
