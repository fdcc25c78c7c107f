// startEmulator: checks the options, then serves the sites over HTTP until closed.
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
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

  const server: Server = createServer({ keepAlive: true }, (req, res) => {
    handleRequest(req, res, context).catch((err: unknown) => {
      if (!res.headersSent) {
        res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8', 'access-control-allow-origin': '*' });
        res.end(`emulator error: ${err instanceof Error ? err.message : String(err)}`);
      } else res.destroy();
    });
  });
  const sockets = new Set<Socket>();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
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
