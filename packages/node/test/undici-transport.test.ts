// The undici transport follows a try's abort through `onAbort`, never making the AbortSignal (a listener on one
// costs more than a small loopback request): an abort before the answer, or halfway through the body, stops it
// and drops the connection.
import { describe, expect, it } from 'vitest';
import { undiciTransport } from '../src/index.ts';
import { startLoopback } from './loopback-server.ts';

/** A try whose abort the test fires; reading its `signal` fails the test. */
function abortableTry(url: string) {
  const callbacks: ((reason: unknown) => void)[] = [];
  return {
    request: {
      url,
      get signal(): AbortSignal {
        throw new Error('the transport read the AbortSignal');
      },
      onAbort: (callback: (reason: unknown) => void) => {
        callbacks.push(callback);
      },
    },
    abort: (reason: unknown) => {
      for (const f of callbacks) f(reason);
    },
  };
}

describe('undiciTransport', () => {
  it('stops a request still waiting for its answer, the server seeing the connection dropped', async () => {
    let closed!: () => void;
    const dropped = new Promise<void>((r) => {
      closed = r;
    });
    const server = await startLoopback((req) => req.socket.once('close', closed));
    const { transport, close } = undiciTransport();
    const t = abortableTry(`${server.base}/api/stats/4`);
    const sent = transport(t.request);
    await new Promise((r) => setTimeout(r, 50));
    t.abort('timed out');
    await expect(sent).rejects.toBe('timed out');
    await dropped;
    await close();
    await server.close();
  });

  it('stops a body halfway: reading it fails, and the server sees the connection dropped', async () => {
    let closed!: () => void;
    const dropped = new Promise<void>((r) => {
      closed = r;
    });
    const server = await startLoopback((req, res) => {
      req.socket.once('close', closed);
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"a":');
    });
    const { transport, close } = undiciTransport();
    const t = abortableTry(`${server.base}/api/stats/4`);
    const response = await transport(t.request);
    const it = response.body[Symbol.asyncIterator]();
    expect(Buffer.from((await it.next()).value as Uint8Array).toString()).toBe('{"a":');
    const pending = it.next();
    t.abort('timed out');
    await expect(pending).rejects.toBe('timed out');
    await dropped;
    await close();
    await server.close();
  });

  it('reads a whole answer without aborting anything', async () => {
    const server = await startLoopback((_, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '7' });
      res.end('{"a":1}');
    });
    const { transport, close } = undiciTransport();
    const response = await transport(abortableTry(`${server.base}/api/stats/4`).request);
    let text = '';
    for await (const chunk of response.body) text += Buffer.from(chunk).toString();
    expect([response.status, response.headers['content-length'], text]).toEqual([200, '7', '{"a":1}']);
    await close();
    await server.close();
  });
});
