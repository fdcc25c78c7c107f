// Run in a child process by exit.test.ts: calls aborted at every moment against the test's loopback server, then
// nothing more. Each client waits up to two minutes per try and a hundred seconds of Retry-After, so a timer,
// a listener or a socket left behind would keep this process alive long past the test's limit.
import { createClient } from '../../src/index.ts';

const base = process.argv[2] ?? '';
const unhandled: unknown[] = [];
process.on('unhandledRejection', (r) => unhandled.push(r));

const client = createClient({
  siteId: 77,
  sitekey: 'abcdef0123456789',
  baseUrl: base,
  timeoutMs: 120_000,
  retries: { retries: 3, baseDelayMs: 60_000, maxDelayMs: 60_000, maxRetryAfterMs: 200_000 },
});

const outcome = (p: Promise<unknown>): Promise<string> =>
  p.then(
    () => 'ok',
    (e: unknown) => (e as { code?: string }).code ?? String(e),
  );

/** Aborts after `ms` (0: before the call starts). */
function abortAfter(ms: number): AbortSignal {
  const c = new AbortController();
  if (ms === 0) c.abort();
  else setTimeout(() => c.abort(), ms);
  return c.signal;
}

const results: Record<string, string> = {};
results.ok = await outcome(client.pages({ filter: 'ok' }));
results.before = await outcome(client.pages({ filter: 'ok' }, { signal: abortAfter(0) }));
results.backoff = await outcome(client.pages({ filter: 'retry-later' }, { signal: abortAfter(300) }));
results.midHeaders = await outcome(client.pages({ filter: 'silent' }, { signal: abortAfter(200) }));
results.midBody = await outcome(client.pages({ filter: 'drip' }, { signal: abortAfter(300) }));
// A restricted call holds the site's slot on a silent server; one more waits behind it; both are aborted.
const holder = client.visitorsList({ country: 'silent' }, { signal: abortAfter(400) });
const queued = client.visitorsList({}, { signal: abortAfter(200) });
results.queued = await outcome(queued);
results.holder = await outcome(holder);
results.after = await outcome(client.pages({ filter: 'ok' }));
console.log(JSON.stringify({ results, unhandled: unhandled.map(String) }));
