// The client scenario run on Bun (bun/run.ts) for a built client package, checked against the same request made
// from Node: the Node and browser packages' Bun tests share it.
import { execFile } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { DEMO_SITE, startEmulator } from '@clicky-sdk/emulator';
import { expect } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));
const bun = join(here, '../../node_modules/.bin/bun');

type CreateClient = (options: { siteId: number; sitekey: string; baseUrl: string }) => {
  stats(request: object): PromiseLike<unknown>;
};

/** Runs the scenario on Bun with `entry` (a built package's index.js) and expects what Node sees. */
export async function expectSameOnBun(entry: string, createClient: CreateClient): Promise<void> {
  const { stdout } = await promisify(execFile)(bun, ['run', join(here, 'run.ts'), pathToFileURL(entry).href], {
    timeout: 60_000,
  });
  const report = JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}');
  const emu = await startEmulator({ seed: 4 });
  const node = await createClient({ siteId: DEMO_SITE.id, sitekey: DEMO_SITE.sitekey, baseUrl: emu.url }).stats({
    type: ['visitors', 'pages', 'visitors-list'],
    date: 'last-7-days',
    limit: 20,
  });
  await emu.close();
  expect(report.runtime).toMatch(/^bun 1\./);
  expect(report.result).toEqual(node);
  expect(report.retried).toBe(5);
  expect(report.maxRestricted).toBe(1);
  expect(report.paginated).toBeGreaterThan(1000);
  expect(report.aborted).toBe('ClickyAbortError');
}
