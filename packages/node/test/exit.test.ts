// A process that used the client and aborted calls at every moment (before sending, during the Retry-After
// wait, before the headers, halfway through the body, while queued behind the per-site gate) exits by itself:
// no timer, listener or socket of the SDK keeps it alive, and no rejection is left unhandled.
import { execFile } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LoopbackServer, startLoopback } from './loopback-server.ts';

const here = dirname(fileURLToPath(import.meta.url));
const PAGES = JSON.stringify([{ type: 'pages', dates: [{ date: '2024-01-01', items: [] }] }]);
let server: LoopbackServer;
let base: string;

beforeAll(async () => {
  server = await startLoopback((req, res) => {
    const q = new URL(req.url ?? '/', 'http://x').searchParams;
    const mode = q.get('filter') ?? q.get('country') ?? '';
    if (mode === 'ok') res.end(PAGES);
    else if (mode === 'retry-later') {
      res.writeHead(503, { 'retry-after': '100' });
      res.end('busy');
    } else if (mode === 'drip') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('[');
      const timer = setInterval(() => (res.destroyed ? clearInterval(timer) : res.write(' ')), 50);
      res.on('close', () => clearInterval(timer));
    }
    // 'silent' and anything else: no answer.
  });
  base = server.base;
});
afterAll(async () => {
  await server.close();
});

describe('a process that used the client', () => {
  it('exits by itself after aborts at every moment, with every rejection handled', async () => {
    const started = Date.now();
    // Killed past 60 s: a try's timer alone would hold the child 120 s, a Retry-After wait 100 s.
    const { stdout } = await new Promise<{ stdout: string }>((resolve, reject) => {
      execFile(
        process.execPath,
        ['--import', 'tsx', join(here, 'exit/child.ts'), base],
        { timeout: 60_000, cwd: join(here, '..') },
        (error, out) => (error ? reject(error) : resolve({ stdout: out })),
      );
    });
    const report = JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}');
    expect(report.results).toEqual({
      ok: 'ok',
      before: 'CLICKY_ABORT',
      backoff: 'CLICKY_ABORT',
      midHeaders: 'CLICKY_ABORT',
      midBody: 'CLICKY_ABORT',
      queued: 'CLICKY_ABORT',
      holder: 'CLICKY_ABORT',
      after: 'ok',
    });
    expect(report.unhandled).toEqual([]);
    expect(Date.now() - started).toBeLessThan(60_000);
  }, 90_000);
});
