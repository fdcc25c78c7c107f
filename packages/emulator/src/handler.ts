// One request, as the API would take it: CORS preflight, unknown paths, faults, the site and key checks, the
// one-restricted-request-at-a-time limit, then the answer in the requested format.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { API_PATH, DEFAULT_PLAN, LIMITS } from '@clicky-sdk/core';
import { encode, encodeError } from '@clicky-sdk/decoders';
import { answer } from './answer.ts';
import { type ApiRequest, readApiRequest } from './api-request.ts';
import type { FaultRule, Faults } from './faults.ts';
import { frame } from './framing.ts';
import { type Reply, respond, sleep } from './respond.ts';
import type { Site, Sites } from './sites.ts';
import type { Counters } from './stats.ts';

export interface HandlerContext {
  readonly sites: Sites;
  readonly faults: Faults;
  readonly counters: Counters;
  /** "Today" for a request that names no known site (its error body still needs a request to read). */
  readonly today: string;
}

const TOO_MANY =
  'Only one request at a time per IP address is allowed for this site and data type; wait for the other to finish.';

const PREFLIGHT_HEADERS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET',
  'access-control-allow-headers': '*',
};

/** The API's own checks of a known site's request before any data: key, type, segments. An error message, or undefined. */
function refusal(api: ApiRequest, site: Site): string | undefined {
  if (api.sitekey !== site.config.sitekey) return 'Invalid sitekey.';
  if (api.types.length === 0) return 'Invalid type.';
  if (api.types.includes('segmentation') && api.segments.length === 0) return 'You must specify at least one segment.';
  return undefined;
}

function dataReply(api: ApiRequest, site: Site): Reply {
  const result = answer(api, { siteId: site.config.id, traffic: site.traffic, now: site.now, clock: site.clock });
  const framed = frame(encode(result, { format: api.output, daily: api.daily, hourly: api.hourly }), api);
  return { status: 200, ...framed };
}

/** The request target as a URL: origin-form (`/path?query`) or absolute-form (`http://host/path?query`); undefined
 * for anything else, such as an absolute form whose authority does not parse. */
function targetOf(raw: string | undefined): URL | undefined {
  try {
    return raw === undefined || raw.startsWith('/') ? new URL(`http://emulator${raw ?? '/'}`) : new URL(raw);
  } catch {
    return undefined;
  }
}

export async function handleRequest(req: IncomingMessage, res: ServerResponse, ctx: HandlerContext): Promise<void> {
  const { counters } = ctx;
  counters.request();
  const send = (reply: Reply, fault: FaultRule | undefined): Promise<void> => {
    counters.status(reply.status);
    return respond(req, res, reply, fault);
  };
  if (req.method === 'OPTIONS') {
    res.writeHead(204, PREFLIGHT_HEADERS);
    res.end();
    return;
  }
  const url = targetOf(req.url);
  if (url === undefined)
    return send({ status: 400, body: 'Bad request target', contentType: 'text/plain; charset=utf-8' }, undefined);
  if (url.pathname !== API_PATH)
    return send({ status: 404, body: 'Not found', contentType: 'text/plain; charset=utf-8' }, undefined);
  if (req.method !== 'GET') {
    res.setHeader('allow', 'GET, OPTIONS');
    return send({ status: 405, body: 'Method not allowed', contentType: 'text/plain; charset=utf-8' }, undefined);
  }

  const query = url.searchParams;
  const fault = ctx.faults.pick(query, url.search);
  if (fault?.reset === 'before-response') {
    req.socket.destroy();
    return;
  }
  if (fault?.status !== undefined) {
    if (fault.latencyMs) await sleep(fault.latencyMs);
    const body = `<html><body>${fault.status} error</body></html>`;
    return send({ status: fault.status, body, contentType: 'text/html; charset=utf-8' }, fault);
  }
  const site = ctx.sites.get(query.get('site_id'));
  const api = readApiRequest(query, site?.plan ?? DEFAULT_PLAN, site?.today ?? ctx.today);
  const apiError = (message: string): Promise<void> => {
    counters.apiError();
    return send({ status: 200, ...frame(encodeError(message, api.output), api) }, fault);
  };
  // The API checks the site and key first, and answers errors with HTTP 200.
  if (site === undefined) return apiError('Invalid site ID.');
  const refused = refusal(api, site);
  if (refused !== undefined) return apiError(refused);

  const address = api.restricted ? (req.socket.remoteAddress ?? '') : undefined;
  counters.enter(site.config.id);
  const restrictedNow = address === undefined ? 0 : counters.enter(site.config.id, address);
  try {
    // Latency counts as time in flight, so slow requests overlap as they would against the API.
    if (fault?.latencyMs) await sleep(fault.latencyMs);
    if (restrictedNow > (site.config.concurrency ?? LIMITS.restrictedMaxConcurrentPerSite))
      return await apiError(TOO_MANY);
    await send(dataReply(api, site), fault);
  } finally {
    counters.leave(site.config.id);
    if (address !== undefined) counters.leave(site.config.id, address);
  }
}
