// Writes one HTTP answer: status, headers (CORS, content type, Retry-After) and the body, shaped by a fault when
// one applies (malformed, truncated, dripped, or cut by a connection reset).
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { type FaultRule, malform } from './faults.ts';

export interface Reply {
  readonly status: number;
  readonly body: string;
  readonly contentType: string;
}

/** Waits `ms`; the timer does not keep the process alive once the server is closed. */
export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms).unref());

/** Sends `reply`; resolves once the body is written (or the connection cut). */
export async function respond(
  req: IncomingMessage,
  res: ServerResponse,
  reply: Reply,
  fault: FaultRule | undefined,
): Promise<void> {
  const headers: OutgoingHttpHeaders = { 'content-type': reply.contentType, 'access-control-allow-origin': '*' };
  if (fault?.retryAfter !== undefined && fault.status !== undefined) headers['retry-after'] = String(fault.retryAfter);
  let bytes = Buffer.from(fault?.malformed ? malform(reply.body) : reply.body, 'utf8');
  if (fault?.truncate !== undefined) bytes = bytes.subarray(0, fault.truncate);
  if (fault?.reset === 'mid-body') {
    headers['content-length'] = bytes.length;
    res.writeHead(reply.status, headers);
    res.write(bytes.subarray(0, Math.floor(bytes.length / 2)));
    await sleep(5);
    req.socket.destroy();
    return;
  }
  if (fault?.drip) {
    res.writeHead(reply.status, headers);
    for (let i = 0; i < bytes.length && !res.destroyed; i += fault.drip.bytes) {
      res.write(bytes.subarray(i, i + fault.drip.bytes));
      await sleep(fault.drip.intervalMs);
    }
    res.end();
    return;
  }
  headers['content-length'] = bytes.length;
  res.writeHead(reply.status, headers);
  res.end(bytes);
}
