// JSR publishing: core, decoders and deno each have a jsr.json that agrees with their package.json (name,
// version, license, the same exports pointing at the sources of what npm gets built), and `deno publish
// --dry-run` accepts the workspace (slow types included).
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '../../..');
const read = (path: string) => JSON.parse(readFileSync(join(root, path), 'utf8'));

/** `./dist/x.js` (or its conditions) as the source JSR serves: `./src/x.ts`. */
function sourceOf(target: unknown): string {
  const file = typeof target === 'string' ? target : (target as { default: string }).default;
  return file.replace(/^\.\/dist\//, './src/').replace(/\.js$/, '.ts');
}

describe.each(['core', 'decoders', 'deno'])('%s on JSR', (name) => {
  const pkg = read(`packages/${name}/package.json`);
  const jsr = read(`packages/${name}/jsr.json`);

  it('has the npm name, version and license', () => {
    expect(jsr.name).toBe(pkg.name);
    expect(jsr.version).toBe(pkg.version);
    expect(jsr.license).toBe('MIT');
    expect(pkg.license).toBe('MIT');
  });

  it('exports what npm exports, from the sources', () => {
    const npm = Object.fromEntries(
      Object.entries(pkg.exports as Record<string, unknown>).map(([k, v]) => [k, sourceOf(v)]),
    );
    expect(jsr.exports).toEqual(npm);
  });
});

function withoutForceColor(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { FORCE_COLOR: _, ...rest } = env;
  return rest;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI escapes start with ESC
const stripAnsi = (text: string): string => text.replace(/\u001b\[[0-9;]*m/g, '');

describe('deno publish --dry-run', () => {
  it('accepts core, decoders and deno', async () => {
    const deno = join(here, '../node_modules/.bin/deno');
    const { stdout, stderr } = await promisify(execFile)(deno, ['publish', '--dry-run', '--allow-dirty'], {
      cwd: root,
      timeout: 180_000,
      // Deno takes FORCE_COLOR's presence (even FORCE_COLOR=0, as CI sets it) as "colour on": drop it, and strip
      // whatever colour remains so the checks read plain text.
      env: { ...withoutForceColor(process.env), NO_COLOR: '1' },
    });
    const out = stripAnsi(stdout + stderr);
    expect(out).toContain('Checking for slow types in the public API');
    for (const name of ['core', 'decoders', 'deno']) expect(out).toContain(`@clicky-sdk/${name}@`);
    expect(out).toContain('Success Dry run complete');
  }, 200_000);
});
