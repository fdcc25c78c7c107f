// startEmulator: checks the options, then serves the sites over HTTP until closed.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import { ClickyNetworkError, todayIn } from '@clicky-sdk/core';
import { checkOptions } from './check-options.ts';
import { Faults } from './faults.ts';
import { handleRequest } from './handler.ts';
import { DEFAULTS, DEMO_SITE, type EmulatorOptions, type SiteConfig } from './options.ts';
import { Sites } from './sites.ts';
import { Counters, type EmulatorStats } from './stats.ts';

export interface Emulator {
  /** http://127.0.0.1:PORT */
  readonly url: string;
  readonly port: number;
  /** `today`, or the real today in UTC; a site with a time zone counts its own today. */
  readonly today: string;
  readonly sites: readonly SiteConfig[];
  readonly faults: Faults;
  stats(): EmulatorStats;
  resetStats(): void;
  close(): Promise<void>;
}

/** How long a client may take to send its request; loopback clients need a tiny fraction of it. */
const CLIENT_LIMITS = { headersTimeout: 10_000, requestTimeout: 20_000, connectionsCheckingInterval: 1_000 } as const;
/** Connections held at once; more are closed as they arrive. */
const MAX_CONNECTIONS = 8192;

/** CONNECT asks for a tunnel, which the API does not offer: 405, then the connection closes. */
function refuseConnect(_req: IncomingMessage, socket: Duplex): void {
  socket.on('error', () => socket.destroy());
  socket.end(
    'HTTP/1.1 405 Method Not Allowed\r\nallow: GET, OPTIONS\r\ncontent-length: 0\r\nconnection: close\r\n\r\n',
  );
}

/** Starts an emulator on loopback (a free port unless `port` says otherwise). Throws ClickyParamError for bad options. */
export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  checkOptions(options);
  const today = options.today ?? todayIn('UTC');
  const siteConfigs = options.sites ?? [DEMO_SITE];
  const sites = new Sites(siteConfigs, {
    realNow: Math.floor(Date.now() / 1000),
    seed: options.seed ?? DEFAULTS.seed,
    days: options.days ?? DEFAULTS.days,
    ...(options.today === undefined ? {} : { today: options.today }),
    ...(options.now === undefined ? {} : { now: options.now }),
  });
  const faults = new Faults();
  for (const rule of options.faults ?? []) faults.add(rule);
  const counters = new Counters();
  const context = { sites, faults, counters, today };

  const server: Server = createServer({ keepAlive: true, ...CLIENT_LIMITS }, (req, res) => {
    // The request is in: from here the answer's own time (latency and drip faults) sets the pace.
    req.socket.setTimeout(0);
    handleRequest(req, res, context).catch((err: unknown) => {
      if (!res.headersSent) {
        res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8', 'access-control-allow-origin': '*' });
        res.end(`emulator error: ${err instanceof Error ? err.message : String(err)}`);
      } else res.destroy();
    });
  });
  server.maxConnections = MAX_CONNECTIONS;
  const sockets = new Set<Socket>();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    // A connection that sends nothing is dropped like one that sends its headers too slowly.
    socket.setTimeout(CLIENT_LIMITS.headersTimeout);
  });
  server.on('connect', refuseConnect);
  const [port, hostName] = [options.port ?? 0, options.host ?? DEFAULTS.host];
  await new Promise<void>((resolve, reject) => {
    server.once('error', (err) => reject(new ClickyNetworkError(`could not listen on ${hostName}:${port}`, err)));
    server.listen(port, hostName, () => resolve());
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${host}:${address.port}`,
    port: address.port,
    today,
    sites: siteConfigs,
    faults,
    stats: () => counters.snapshot(),
    resetStats: () => counters.reset(),
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
