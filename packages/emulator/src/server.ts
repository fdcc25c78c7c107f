// The HTTP side: sites and their sitekeys, the API's error bodies and limits, CORS, faults, and counters.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { API_PATH, LIMITS, type Plan, parseIso, todayIn } from '@clicky-sdk/core';
import { encode, encodeError } from '@clicky-sdk/decoders';
import { answer } from './answer.ts';
import { type Output, readApiRequest } from './api-request.ts';
import { SiteClock } from './clock.ts';
import { type FaultRule, Faults, malform } from './faults.ts';
import { optionProblems } from './options.ts';
import { generateTraffic, type Traffic } from './traffic.ts';

export interface SiteConfig {
  readonly id: number;
  readonly sitekey: string;
  /** Caps as the API applies them for this plan (free: 30 days of history, 100 results). Default premium. */
  readonly plan?: Plan;
  /** Average sessions a day. Default 60. */
  readonly visitorsPerDay?: number;
  /** Restricted requests allowed in flight at once per address (a custom plan lifts the limit of 1). */
  readonly concurrency?: number;
  /** The site's IANA time zone: its days and hours, and its "today". Default UTC. */
  readonly timeZone?: string;
}

export interface EmulatorOptions {
  /** 0 (the default) picks a free port. */
  readonly port?: number;
  /** Loopback unless told otherwise. */
  readonly host?: string;
  readonly seed?: number;
  /** Default: the reference's demo site, 32020 with sitekey 0f3545d91b71cf50. */
  readonly sites?: readonly SiteConfig[];
  /** "Today" (YYYY-MM-DD) for every site. Default: the day of `now` (or of the real time) in each site's time zone. */
  readonly today?: string;
  /** "Now" as unix seconds. Default: the end of `today` (in each site's zone) when given, else the real time at start. */
  readonly now?: number;
  /** Days of traffic up to today. Default 400. */
  readonly days?: number;
  readonly faults?: readonly FaultRule[];
}

export interface EmulatorStats {
  requests: number;
  /** Requests by HTTP status sent. */
  byStatus: Record<number, number>;
  /** Answers that were the API's error body. */
  apiErrors: number;
  /** The most requests in flight at once, per site id. */
  maxConcurrentPerSite: Record<string, number>;
  /** The most restricted requests in flight at once, per site id. */
  maxRestrictedPerSite: Record<string, number>;
}

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

export const DEMO_SITE: SiteConfig = { id: 32020, sitekey: '0f3545d91b71cf50' };

const CONTENT_TYPES: Readonly<Record<Output, string>> = {
  xml: 'text/xml; charset=utf-8',
  json: 'application/json; charset=utf-8',
  php: 'text/plain; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
};

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const problems = optionProblems(options);
  if (problems.length > 0)
    throw new TypeError(`Invalid emulator options:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  const today = options.today ?? todayIn('UTC');
  const realNow = Math.floor(Date.now() / 1000);
  const sites = options.sites ?? [DEMO_SITE];
  const seed = options.seed ?? 1;
  const faults = new Faults();
  for (const rule of options.faults ?? []) faults.add(rule);

  /** Each site's clock, today and now; its traffic is made on its first request. */
  interface SiteState {
    readonly clock: SiteClock;
    readonly today: string;
    readonly now: number;
    traffic?: Traffic;
  }
  const states = new Map<number, SiteState>();
  const stateOf = (site: SiteConfig): SiteState => {
    let state = states.get(site.id);
    if (!state) {
      const clock = new SiteClock(site.timeZone ?? 'UTC');
      const siteToday = options.today ?? todayIn(clock.timeZone, new Date((options.now ?? realNow) * 1000));
      const now =
        options.now ??
        (options.today === undefined ? realNow : clock.toUnix(((parseIso(siteToday) ?? 0) + 1) * 86400) - 1);
      state = { clock, today: siteToday, now };
      states.set(site.id, state);
    }
    return state;
  };
  const trafficOf = (site: SiteConfig, state: SiteState): Traffic => {
    state.traffic ??= generateTraffic({
      seed,
      siteId: site.id,
      today: state.today,
      days: options.days ?? 400,
      visitorsPerDay: site.visitorsPerDay ?? 60,
      nowSeconds: state.now,
      clock: state.clock,
    });
    return state.traffic;
  };

  let stats: EmulatorStats;
  const resetStats = (): void => {
    stats = { requests: 0, byStatus: {}, apiErrors: 0, maxConcurrentPerSite: {}, maxRestrictedPerSite: {} };
  };
  resetStats();
  const inFlight = new Map<string, number>();
  const enter = (key: string, record: Record<string, number>, statKey: string): number => {
    const n = (inFlight.get(key) ?? 0) + 1;
    inFlight.set(key, n);
    record[statKey] = Math.max(record[statKey] ?? 0, n);
    return n;
  };
  const leave = (key: string): void => {
    const n = (inFlight.get(key) ?? 1) - 1;
    if (n === 0) inFlight.delete(key);
    else inFlight.set(key, n);
  };

  const send = async (
    req: IncomingMessage,
    res: ServerResponse,
    status: number,
    body: string,
    contentType: string,
    fault: FaultRule | undefined,
  ): Promise<void> => {
    stats.byStatus[status] = (stats.byStatus[status] ?? 0) + 1;
    const headers: Record<string, string | number> = {
      'content-type': contentType,
      'access-control-allow-origin': '*',
    };
    if (fault?.retryAfter !== undefined && fault.status !== undefined)
      headers['retry-after'] = String(fault.retryAfter);
    let bytes = Buffer.from(fault?.malformed ? malform(body) : body, 'utf8');
    if (fault?.truncate !== undefined) bytes = bytes.subarray(0, fault.truncate);
    if (fault?.reset === 'mid-body') {
      headers['content-length'] = bytes.length;
      res.writeHead(status, headers);
      res.write(bytes.subarray(0, Math.floor(bytes.length / 2)));
      await sleep(5);
      req.socket.destroy();
      return;
    }
    if (fault?.drip) {
      res.writeHead(status, headers);
      for (let i = 0; i < bytes.length && !res.destroyed; i += fault.drip.bytes) {
        res.write(bytes.subarray(i, i + fault.drip.bytes));
        await sleep(fault.drip.intervalMs);
      }
      res.end();
      return;
    }
    headers['content-length'] = bytes.length;
    res.writeHead(status, headers);
    res.end(bytes);
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    stats.requests++;
    const url = new URL(req.url ?? '/', 'http://emulator');
    if (req.method === 'OPTIONS') {
      res.writeHead(204, {
        'access-control-allow-origin': '*',
        'access-control-allow-methods': 'GET',
        'access-control-allow-headers': '*',
      });
      res.end();
      return;
    }
    if (req.method !== 'GET' || url.pathname !== API_PATH) {
      await send(req, res, 404, 'Not found', 'text/plain; charset=utf-8', undefined);
      return;
    }
    const query = url.searchParams;
    const fault = faults.pick(query, url.search);
    if (fault?.reset === 'before-response') {
      req.socket.destroy();
      return;
    }
    if (fault?.status !== undefined) {
      if (fault.latencyMs) await sleep(fault.latencyMs);
      await send(
        req,
        res,
        fault.status,
        `<html><body>${fault.status} error</body></html>`,
        'text/html; charset=utf-8',
        fault,
      );
      return;
    }
    const site = sites.find((s) => String(s.id) === query.get('site_id'));
    const state = site === undefined ? undefined : stateOf(site);
    const api = readApiRequest(query, site?.plan ?? 'premium', state?.today ?? today);
    const apiError = async (message: string): Promise<void> => {
      stats.apiErrors++;
      const body = encodeError(message, api.output);
      await send(
        req,
        res,
        200,
        api.jsonCallback ? `${api.jsonCallback}(${body});` : body,
        CONTENT_TYPES[api.output],
        fault,
      );
    };
    // The API checks the site and key first, and answers errors with HTTP 200.
    if (site === undefined || state === undefined) return apiError('Invalid site ID.');
    if (api.sitekey !== site.sitekey) return apiError('Invalid sitekey.');
    if (api.types.length === 0) return apiError('Invalid type.');
    if (api.types.includes('segmentation') && api.segments.length === 0)
      return apiError('You must specify at least one segment.');

    const siteKey = String(site.id);
    const restrictedKey = `${req.socket.remoteAddress}|${site.id}`;
    enter(siteKey, stats.maxConcurrentPerSite, siteKey);
    const restrictedNow = api.restricted ? enter(`r|${restrictedKey}`, stats.maxRestrictedPerSite, siteKey) : 0;
    try {
      // Latency counts as time in flight, so slow requests overlap as they would against the API.
      if (fault?.latencyMs) await sleep(fault.latencyMs);
      if (api.restricted && restrictedNow > (site.concurrency ?? LIMITS.restrictedMaxConcurrentPerSite)) {
        return await apiError(
          'Only one request at a time per IP address is allowed for this site and data type; wait for the other to finish.',
        );
      }
      const result = answer(api, {
        siteId: site.id,
        traffic: trafficOf(site, state),
        now: state.now,
        clock: state.clock,
      });
      const body = encode(result, { format: api.output, daily: api.daily, hourly: api.hourly });
      const wrapped = api.jsonCallback
        ? `${api.jsonCallback}(${body});`
        : api.jsonVar
          ? `var ${api.jsonVar} = ${body};`
          : body;
      const type =
        api.jsonCallback || api.jsonVar ? 'application/javascript; charset=utf-8' : CONTENT_TYPES[api.output];
      await send(req, res, 200, wrapped, type, fault);
    } finally {
      leave(siteKey);
      if (api.restricted) leave(`r|${restrictedKey}`);
    }
  };

  const server: Server = createServer({ keepAlive: true }, (req, res) => {
    handle(req, res).catch((err: unknown) => {
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
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${host}:${address.port}`,
    port: address.port,
    today,
    sites,
    faults,
    stats: () => structuredClone(stats),
    resetStats,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
