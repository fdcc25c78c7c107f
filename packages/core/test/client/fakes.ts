// Test doubles for the client engine: a scripted transport and a decoder that records the hints it is given.
import { createClientWith } from '../../src/client/client.ts';
import type { ClientOptions } from '../../src/client/options.ts';
import type { DecodeHints, Decoder, Transport, TransportResponse } from '../../src/client/transport.ts';
import { ClickyApiError } from '../../src/errors.ts';

export const SITEKEY = 'f00dfacecafe1234';
export const BASE = 'http://127.0.0.1:9';

export interface Answer {
  readonly status?: number;
  readonly headers?: Record<string, string>;
  /** The body, whole or in chunks; an Error thrown instead of the answer; or a promise that never settles. */
  readonly body?: string | string[];
  /** Wait this long before answering (honouring the request's signal). */
  readonly delayMs?: number;
}

export type Script = (url: URL, call: number, signal: AbortSignal) => Answer | Error | 'hang';

export interface Recorded {
  urls: URL[];
  signals: AbortSignal[];
}

/** A transport that answers from `script`, and records what it was asked. */
export function scriptedTransport(script: Script): { transport: Transport; seen: Recorded } {
  const seen: Recorded = { urls: [], signals: [] };
  const transport: Transport = async ({ url, signal }) => {
    const u = new URL(url);
    seen.urls.push(u);
    seen.signals.push(signal);
    const answer = script(u, seen.urls.length, signal);
    if (answer === 'hang') {
      return new Promise<never>((_, reject) =>
        signal.addEventListener('abort', () => reject(new Error('aborted by signal'))),
      );
    }
    if (answer instanceof Error) throw answer;
    if (answer.delayMs) {
      await new Promise<void>((resolve, reject) => {
        const t = setTimeout(resolve, answer.delayMs);
        signal.addEventListener('abort', () => {
          clearTimeout(t);
          reject(new Error('aborted by signal'));
        });
      });
    }
    const parts = typeof answer.body === 'string' ? [answer.body] : (answer.body ?? []);
    const encoder = new TextEncoder();
    const response: TransportResponse = {
      status: answer.status ?? 200,
      statusText: '',
      headers: answer.headers ?? {},
      body: (async function* () {
        for (const p of parts) yield encoder.encode(p);
      })(),
      cancel: async () => {},
    };
    return response;
  };
  return { transport, seen };
}

/**
 * A decoder for test bodies: JSON `{ "type": [groups] }`; `{ "error": "..." }` is the API's error. It records
 * the hints of each call.
 */
export function recordingDecoder(): Decoder & { hints: DecodeHints[] } {
  const hints: DecodeHints[] = [];
  return {
    hints,
    decode(body: string, h: DecodeHints) {
      hints.push(h);
      const parsed = JSON.parse(body) as Record<string, unknown>;
      if (typeof parsed.error === 'string') throw new ClickyApiError(parsed.error, h.format);
      return parsed;
    },
  };
}

/** A body of one type with one date group holding `items`. */
export function groups(type: string, items: unknown[], date = '2024-01-01'): string {
  return JSON.stringify({ [type]: [{ date, start: date, end: date, items }] });
}

export function makeClient(script: Script, options: Partial<ClientOptions> = {}) {
  const { transport, seen } = scriptedTransport(script);
  const decoder = recordingDecoder();
  const client = createClientWith(
    { siteId: 1, sitekey: SITEKEY, baseUrl: BASE, retries: { baseDelayMs: 1, maxDelayMs: 5 }, ...options },
    { transport, decoder },
  );
  return { client, seen, decoder };
}
