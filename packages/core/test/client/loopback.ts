// A loopback HTTP server for engine tests over a real transport: it listens on 127.0.0.1 only, records each
// request, and closes itself (dropping open sockets) when the test is done or after a minute at most.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface Loopback {
  /** `http://127.0.0.1:<port>` */
  readonly origin: string;
  /** The path and query of every request, in order. */
  readonly requests: string[];
  close(): Promise<void>;
}

const MAX_LIFE_MS = 60_000;

export async function loopback(handle: (req: IncomingMessage, res: ServerResponse) => void): Promise<Loopback> {
  const requests: string[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    requests.push(req.url ?? '');
    handle(req, res);
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const close = async (): Promise<void> => {
    clearTimeout(lifetime);
    for (const s of sockets) s.destroy();
    await new Promise((resolve) => server.close(resolve));
  };
  const lifetime = setTimeout(() => void close(), MAX_LIFE_MS);
  lifetime.unref();
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests, close };
}
