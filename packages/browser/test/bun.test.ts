// Bun runs the built browser package (fetch) against the emulator; the result must equal Node's.
import { execFile } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { DEMO_SITE, startEmulator } from '@clicky-sdk/emulator';
import { describe, expect, it } from 'vitest';
import { createClient } from '../src/index.ts';

const here = dirname(fileURLToPath(import.meta.url));
const bun = join(here, '../node_modules/.bin/bun');

describe('the browser package on Bun', () => {
  it('answers, retries, queues restricted calls, paginates and aborts as on Node', async () => {
    const { stdout } = await promisify(execFile)(bun, ['run', join(here, 'bun/run.ts')], { timeout: 60_000 });
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
  }, 90_000);
});
