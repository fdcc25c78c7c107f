// The README's example runs on Deno against the emulator: the JSR specifier is read from this package's sources
// (as JSR serves them), the client gets the emulator's baseUrl (pointAtEmulator), CLICKY_SITEKEY is the demo's.
import { execFile } from 'node:child_process';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { DEMO_SITE, startEmulator } from '@clicky-sdk/emulator';
import { fencedBlocks, pointAtEmulator } from '@clicky-sdk/lint/readme-examples';
import { describe, expect, it } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));

describe("the README's example", () => {
  it('runs on Deno against the emulator', async () => {
    const readme = await readFile(join(here, '../README.md'), 'utf8');
    const [example] = fencedBlocks(readme, 'ts');
    expect(example).toContain("from 'jsr:@clicky-sdk/deno'");
    const emu = await startEmulator({ seed: 3, days: 70 });
    const dir = join(here, '.tmp');
    await mkdir(dir, { recursive: true });
    const file = join(dir, 'readme_example.ts');
    const source = pathToFileURL(join(here, '../src/index.ts')).href;
    const code = pointAtEmulator(example ?? '', emu.url).replace("'jsr:@clicky-sdk/deno'", `'${source}'`);
    await writeFile(file, `${code}\nconsole.log(JSON.stringify({ value: r.visitors[0].items[0].value }));\n`);
    try {
      const { stdout } = await promisify(execFile)(
        join(here, '../node_modules/.bin/deno'),
        ['run', `--allow-net=${new URL(emu.url).host}`, '--allow-env', '--allow-read', file],
        { timeout: 90_000, env: { ...process.env, CLICKY_SITEKEY: DEMO_SITE.sitekey, NO_COLOR: '1' } },
      );
      expect(JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}').value).toBeGreaterThan(0);
    } finally {
      await emu.close();
      await rm(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
