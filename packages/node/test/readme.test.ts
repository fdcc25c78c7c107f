// The README examples of the root, of this package, of core and of the emulator run as written against the
// emulator, through the built packages, as a user's script would: the root's on Node (it shows the emulator's
// baseUrl itself), this package's on Node and on Bun, core's on Node, Bun and Deno (the repository's pinned
// binary; the root deno.json maps the package name to its sources), the emulator's on Node. Examples get one
// rewrite, a baseUrl pointing at the emulator (pointAtEmulator, replaceBaseUrl); the sitekey they read from the
// environment is the demo's.
import { execFile } from 'node:child_process';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { DEMO_SITE, type Emulator, startEmulator } from '@clicky-sdk/emulator';
import { fencedBlocks, pointAtEmulator, replaceBaseUrl } from '@clicky-sdk/lint/readme-examples';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));
const dir = join(here, '.tmp');
const root = join(here, '../../..');
const bin = (name: string) => join(here, '../node_modules/.bin', name);

/** How each runtime runs a file; Deno may read files and reach the emulator on loopback only. */
const runtimes = {
  node: (file: string) => [bin('tsx'), [file]],
  bun: (file: string) => [bin('bun'), ['run', file]],
  deno: (file: string) => [
    join(root, 'node_modules/.bin/deno'),
    ['run', '--allow-read', '--allow-net=127.0.0.1', file],
  ],
} as const satisfies Record<string, (file: string) => readonly [string, string[]]>;

/** Writes an example into this package (so a package name resolves to its built entry point) and runs it. */
async function runExample(name: string, code: string, runtime: keyof typeof runtimes): Promise<string> {
  const file = join(dir, name);
  await writeFile(file, code);
  const [command, args] = runtimes[runtime](file);
  const { stdout } = await promisify(execFile)(command, args, {
    cwd: runtime === 'deno' ? root : here,
    timeout: 60_000,
    env: { ...process.env, CLICKY_SITEKEY: DEMO_SITE.sitekey, NO_COLOR: '1' },
  });
  return stdout;
}

beforeAll(() => mkdir(dir, { recursive: true }));
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('the root README usage example', () => {
  it('runs as written against the emulator', async () => {
    const readme = await readFile(join(here, '../../../README.md'), 'utf8');
    const usage = readme.slice(readme.indexOf('## Usage'));
    const code = fencedBlocks(usage, 'ts')[0] ?? '';
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
    try {
      const lines = (await runExample('root-readme.mts', script, 'node')).trim().split('\n');
      expect(Number(lines[0])).toBeGreaterThan(0);
      expect(lines[1]?.length).toBeGreaterThan(0);
      expect(lines[2]).toMatch(/^\d{3,} visitors$/);
    } finally {
      await emu.close();
    }
  }, 90_000);
});

describe("this package's README example", () => {
  let emu: Emulator;
  let code: string;
  beforeAll(async () => {
    emu = await startEmulator({ seed: 2, days: 30 });
    const readme = await readFile(join(here, '../README.md'), 'utf8');
    const [example] = fencedBlocks(readme.slice(readme.indexOf('## Use')), 'ts');
    // The example reads fields and returns; a last line reports that it got through, with what it read.
    code = `${pointAtEmulator(example ?? '', emu.url)}\nconsole.log(JSON.stringify({ status, value: r.visitors[0].items[0].value, problems: problems.length }));\n`;
  });
  afterAll(() => emu.close());

  it.each(['node', 'bun'] as const)(
    'runs on %s',
    async (runtime) => {
      const out = await runExample(`node-readme-${runtime}.ts`, code, runtime);
      const report = JSON.parse(out.trim().split('\n').at(-1) ?? '{}');
      expect(report.status).toBe(200);
      expect(report.value).toBeGreaterThan(0);
      expect(report.problems).toBe(0);
    },
    90_000,
  );
});

describe("core's README example", () => {
  let emu: Emulator;
  let code: string;
  beforeAll(async () => {
    emu = await startEmulator({ seed: 4, days: 30 });
    const readme = await readFile(join(here, '../../core/README.md'), 'utf8');
    const [example] = fencedBlocks(readme.slice(readme.indexOf('## Example')), 'ts');
    // The last line reports what the example saw: the answer's first type, whether the bad request was refused.
    const refused = (example ?? '').replace(
      'e instanceof ClickyParamError;',
      'globalThis.refused = e instanceof ClickyParamError && /limit/.test(e.message);',
    );
    expect(refused).not.toBe(example);
    code = `${replaceBaseUrl(refused, emu.url)}\nconsole.log(JSON.stringify({ type: answer[0].type, logged: String(req), refused: (globalThis as any).refused }));\n`;
  });
  afterAll(() => emu.close());

  it.each(['node', 'bun', 'deno'] as const)(
    'runs on %s',
    async (runtime) => {
      const out = await runExample(`core_readme_${runtime}.ts`, code, runtime);
      const report = JSON.parse(out.trim().split('\n').at(-1) ?? '{}');
      expect(report.type).toBe('visitors');
      expect(report.logged).toContain('sitekey=[redacted]');
      expect(report.logged).not.toContain(DEMO_SITE.sitekey);
      expect(report.refused).toBe(true);
    },
    90_000,
  );
});

describe("the emulator README's example", () => {
  it('runs on Node as written', async () => {
    const readme = await readFile(join(here, '../../emulator/README.md'), 'utf8');
    const [example] = fencedBlocks(readme, 'ts');
    const out = await runExample('emulator-readme.mts', `${example}\nconsole.log('done');\n`, 'node');
    expect(out.trim()).toBe('done');
  }, 60_000);
});
