// The root README's usage example runs as written against the emulator at the baseUrl it shows (on another
// port only when that one is taken), through the built package, as a user's script would.
import { execFile } from 'node:child_process';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { DEMO_SITE, type Emulator, startEmulator } from '@clicky-sdk/emulator';
import { describe, expect, it } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));

describe('the README usage example', () => {
  it('runs as written against the emulator', async () => {
    const readme = await readFile(join(here, '../../../README.md'), 'utf8');
    const usage = readme.slice(readme.indexOf('## Usage'));
    const code = /```ts\n([\s\S]*?)```/.exec(usage)?.[1] ?? '';
    const shown = /baseUrl: '(http:\/\/127\.0\.0\.1:(\d+))'/.exec(code);
    expect(shown).not.toBeNull();
    expect(code).toContain(`siteId: ${DEMO_SITE.id}, sitekey: '${DEMO_SITE.sitekey}'`);
    let emu: Emulator;
    let script = code;
    try {
      emu = await startEmulator({ port: Number(shown?.[2]) });
    } catch {
      emu = await startEmulator();
      script = code.replace(shown?.[1] ?? '', emu.url);
    }
    // Inside this package, its own name resolves to its built entry point, as it does for a user.
    const dir = join(here, '.tmp');
    await mkdir(dir, { recursive: true });
    const file = join(dir, 'readme-example.mts');
    await writeFile(file, script);
    try {
      const { stdout } = await promisify(execFile)(join(here, '../node_modules/.bin/tsx'), [file], { timeout: 60_000 });
      const lines = stdout.trim().split('\n');
      expect(Number(lines[0])).toBeGreaterThan(0);
      expect(lines[1]?.length).toBeGreaterThan(0);
      expect(lines[2]).toMatch(/^\d{3,} visitors$/);
    } finally {
      await emu.close();
      await rm(dir, { recursive: true, force: true });
    }
  }, 90_000);
});
