// Redirects over the fetch transport (Deno, browsers): the URL carries the sitekey, and a Location that keeps the
// query would hand it to another origin. The client follows none, fails with ClickyHttpError, and does not retry.
import { afterEach, describe, expect, it } from 'vitest';
import { createClientWith } from '../../src/client/client.ts';
import { fetchTransport } from '../../src/client/fetch-transport.ts';
import { ClickyHttpError } from '../../src/errors.ts';
import { recordingDecoder, SITEKEY } from './fakes.ts';
import { type Loopback, loopback } from './loopback.ts';

const servers: Loopback[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function redirecting(status: number, to: (query: string) => string): Promise<Loopback> {
  const server = await loopback((req, res) => {
    res.writeHead(status, { location: to(new URL(req.url ?? '/', 'http://x').search) });
    res.end('moved');
  });
  servers.push(server);
  return server;
}

const client = (baseUrl: string) =>
  createClientWith(
    { siteId: 1, sitekey: SITEKEY, baseUrl, retries: { retries: 3, baseDelayMs: 1 } },
    { transport: fetchTransport(), decoder: recordingDecoder() },
  );

describe('a redirect over fetch', () => {
  it.each([301, 302, 303, 307, 308])(
    '%i to another origin: nothing reaches it, ClickyHttpError, one try',
    async (s) => {
      const elsewhere = await loopback((_req, res) => res.end('[]'));
      servers.push(elsewhere);
      const origin = await redirecting(s, (query) => `${elsewhere.origin}/api/stats/4${query}`);
      const error = await client(origin.origin)
        .pages()
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ClickyHttpError);
      expect((error as ClickyHttpError).status).toBe(s);
      expect((error as ClickyHttpError).message).toContain('redirect');
      expect(elsewhere.requests).toEqual([]);
      expect(origin.requests).toHaveLength(1);
    },
  );

  it('to itself, in a loop: one request, not twenty per try', async () => {
    const origin = await redirecting(302, (query) => `/api/stats/4${query}`);
    await expect(client(origin.origin).pages()).rejects.toMatchObject({ code: 'CLICKY_HTTP', status: 302 });
    expect(origin.requests).toHaveLength(1);
  });

  it("a browser's opaque redirect (status 0) is a ClickyHttpError too, never a success", async () => {
    const opaque = Object.assign(new Response(null, { status: 200 }), {});
    Object.defineProperty(opaque, 'type', { value: 'opaqueredirect' });
    Object.defineProperty(opaque, 'status', { value: 0 });
    let init: unknown;
    const c = createClientWith(
      { siteId: 1, sitekey: SITEKEY, baseUrl: 'http://127.0.0.1:9', retries: 2 },
      {
        transport: fetchTransport(async (_url, i) => {
          init = i;
          return opaque;
        }),
        decoder: recordingDecoder(),
      },
    );
    await expect(c.pages()).rejects.toMatchObject({ code: 'CLICKY_HTTP', status: 0, statusText: 'redirect' });
    expect(init).toMatchObject({ redirect: 'manual', credentials: 'omit' });
  });
});
