// The sitekey through every failure path of a real call, fuzzed: random sitekeys, echoed by a server at any offset
// of a body, a header or a message, quoted by a transport, a decoder or an abort reason. Nothing a caller can
// reach (the error deeply, its stack and causes, util.inspect, JSON, log events, withResponse() except the body
// the API sent) holds the sitekey or any eight characters of it: a snippet cut halfway through the key must not
// leave its first half behind.
import { inspect } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createClientWith } from '../../src/client/client.ts';
import type { LogEvent } from '../../src/client/log.ts';
import type { Decoder, Transport } from '../../src/client/transport.ts';
import { ClickyApiError } from '../../src/errors.ts';
import { reachableStrings } from '../reachable-strings.ts';

/** Every string reachable from `root`: own properties of any kind, deeply, plus how Node and JSON print it. */
function everything(root: unknown): string {
  const out = reachableStrings(root);
  let json = '';
  try {
    json = JSON.stringify(root) ?? '';
  } catch {
    json = '';
  }
  return [...out, inspect(root, { depth: 12, showHidden: true }), json, String(root)].join('\n');
}

/**
 * The key itself or any run of eight of its characters, found in `text` but not in `baseline` (the same path run
 * with another key): a run that spells a word the output holds anyway ("Property") is no leak.
 */
function leaks(text: string, key: string, baseline: string): string | undefined {
  for (let i = 0; i + 8 <= key.length; i++) {
    const run = key.slice(i, i + 8);
    if (text.includes(run) && !baseline.includes(run)) return run;
  }
  return undefined;
}

const OTHER_KEY = 'Zq9Xw8Zq9Xw8Zq9X';

/** What a caller can reach after running `path` with `key`, as one text. */
async function reachable(path: Path, key: string, at: number): Promise<string> {
  const { outcome, events } = await run(path, key, at);
  return `${everything(outcome)}\n${JSON.stringify(events)}`;
}

const keyArb = fc.stringMatching(/^[A-Za-z0-9]{12,16}$/);
/** Filler that never forms part of a key (no letters or digits), so a hit is the key's. */
const fill = (n: number): string => '~-'.repeat(n).slice(0, n);

type Path =
  | 'transport-error'
  | 'http-body'
  | 'http-header'
  | 'api-error'
  | 'decoder-error'
  | 'abort-reason'
  | 'param-value'
  | 'param-error'
  | 'ok-headers';

const PATHS: readonly Path[] = [
  'transport-error',
  'http-body',
  'http-header',
  'api-error',
  'decoder-error',
  'abort-reason',
  'param-value',
  'param-error',
  'ok-headers',
];

async function run(path: Path, key: string, at: number): Promise<{ outcome: unknown; events: LogEvent[] }> {
  const events: LogEvent[] = [];
  const echo = (url: string): string => `${fill(at)}${key}${fill(40)} ${url.replace(/^https?:\/\//, '')}`;
  const bytes = (s: string) =>
    (async function* () {
      yield new TextEncoder().encode(s);
    })();
  const transport: Transport = async ({ url }) => {
    if (path === 'transport-error') {
      const e = new TypeError(`fetch failed: ${echo(url)}`);
      throw Object.assign(e, { cause: { url, detail: echo(url) } });
    }
    if (path === 'http-body' || path === 'http-header')
      return {
        status: 502,
        statusText: path === 'http-header' ? `Bad Gateway for ${key} at ${url}` : 'Bad Gateway',
        headers: { 'x-echo': echo(url) },
        body: bytes(echo(url)),
        cancel: async () => {},
      };
    const body = path === 'api-error' ? JSON.stringify({ error: `invalid key ${echo(url)}` }) : '{}';
    return {
      status: 200,
      statusText: 'OK',
      headers: { 'x-echo': echo(url) },
      body: bytes(body),
      cancel: async () => {},
    };
  };
  const decoder: Decoder = {
    decode: (body) => {
      const parsed = JSON.parse(body) as { error?: string };
      if (parsed.error) throw new ClickyApiError(parsed.error, 'json');
      if (path === 'decoder-error') throw new TypeError(`cannot read ${echo('')}`);
      return { pages: [] };
    },
  };
  const client = createClientWith(
    {
      siteId: 1,
      sitekey: key,
      baseUrl: 'http://127.0.0.1:9',
      retries: { retries: 1, baseDelayMs: 1 },
      logger: (e) => events.push(e),
    },
    { transport, decoder },
  );
  const abort = new AbortController();
  if (path === 'abort-reason') abort.abort(new Error(`stopped ${echo('')}`));
  // A value that is sent (and so printed in the redacted URL), and one refused (and so shown, cut short).
  const request =
    path === 'param-value'
      ? { filter: `${fill(at)}${key}${fill(200)}` }
      : path === 'param-error'
        ? { json_callback: `${fill(at % 130)}${key}${fill(200)}` }
        : {};
  const outcome = await client
    .pages(request, { signal: abort.signal })
    .withResponse()
    .then(
      (r) => ({ ...r, body: '' }),
      (e: unknown) => e,
    );
  return { outcome, events };
}

describe('the sitekey on every failure path of a call', () => {
  it('never reaches what the caller gets, nor a log event, whatever the offset it is echoed at (property)', async () => {
    await fc.assert(
      fc.asyncProperty(keyArb, fc.constantFrom(...PATHS), fc.integer({ min: 0, max: 600 }), async (key, path, at) => {
        const hit = leaks(await reachable(path, key, at), key, await reachable(path, OTHER_KEY, at));
        expect(hit, `${path} at ${at}`).toBeUndefined();
      }),
      { numRuns: 300 },
    );
    // 300 runs of two calls each: room for a busy machine, far below what a hang would take.
  }, 60_000);

  it.each(PATHS)('%s: the key echoed across the 500-character snippet cut', async (path) => {
    const key = 'K3yK3yK3yK3yK3yK';
    for (const at of [104, 110, 114, 480, 488, 490, 495, 499]) {
      const hit = leaks(await reachable(path, key, at), key, await reachable(path, OTHER_KEY, at));
      expect(hit, `${path} at ${at}`).toBeUndefined();
    }
  });
});
