// The README's example runs as written on Node, Bun and Deno (the decoders run everywhere): through the built
// package on Node and Bun, from the sources on Deno (the repository's deno.json maps the package name).
import { execFile } from 'node:child_process';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { fencedBlocks } from '@clicky-sdk/lint/readme-examples';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));
const dir = join(here, '.tmp');
const root = join(here, '../../..');
let file: string;

beforeAll(async () => {
  const [example] = fencedBlocks(await readFile(join(here, '../README.md'), 'utf8'), 'ts');
  await mkdir(dir, { recursive: true });
  file = join(dir, 'readme_example.ts');
  await writeFile(file, `${example}\nconsole.log(JSON.stringify([r.visitors[0].items[0].value, r.pages[0].start]));\n`);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe("the README's example", () => {
  it.each([
    ['node', join(here, '../node_modules/.bin/tsx'), [] as string[]],
    ['bun', join(root, 'node_modules/.bin/bun'), ['run']],
    ['deno', join(root, 'node_modules/.bin/deno'), ['run', '--allow-read']],
  ])(
    'runs on %s',
    async (_, command, args) => {
      const { stdout } = await promisify(execFile)(command, [...args, file], {
        cwd: root,
        timeout: 60_000,
        env: { ...process.env, NO_COLOR: '1' },
      });
      expect(JSON.parse(stdout.trim().split('\n').at(-1) ?? '[]')).toEqual([112, '2024-10-29']);
    },
    90_000,
  );
});
