// The README's examples (the first one, and the one of decodeItems) run as written on Node, Bun and Deno (the
// decoders run everywhere): through the built package on Node and Bun, from the sources on Deno (the
// repository's deno.json maps the package name).
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
let itemsFile: string;

beforeAll(async () => {
  const blocks = fencedBlocks(await readFile(join(here, '../README.md'), 'utf8'), 'ts');
  const [example] = blocks;
  const items = blocks.find((b) => b.includes('decodeItems('));
  await mkdir(dir, { recursive: true });
  file = join(dir, 'readme_example.ts');
  await writeFile(file, `${example}\nconsole.log(JSON.stringify([r.visitors[0].items[0].value, r.pages[0].start]));\n`);
  itemsFile = join(dir, 'readme_items_example.ts');
  await writeFile(itemsFile, `${items}\nconsole.log(JSON.stringify([days, sessions, items.problems.length]));\n`);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const RUNTIMES = [
  ['node', join(here, '../node_modules/.bin/tsx'), [] as string[]],
  ['bun', join(root, 'node_modules/.bin/bun'), ['run']],
  ['deno', join(root, 'node_modules/.bin/deno'), ['run', '--allow-read']],
] as const;

/** What the example at `path` printed last, run on a runtime. */
async function printed(command: string, args: readonly string[], path: string): Promise<unknown> {
  const { stdout } = await promisify(execFile)(command, [...args, path], {
    cwd: root,
    timeout: 60_000,
    env: { ...process.env, NO_COLOR: '1' },
  });
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? '[]');
}

describe("the README's examples", () => {
  it.each(RUNTIMES)(
    'decode runs on %s',
    async (_, command, args) => {
      expect(await printed(command, args, file)).toEqual([112, '2024-10-29']);
    },
    90_000,
  );

  it.each(RUNTIMES)(
    'decodeItems runs on %s',
    async (_, command, args) => {
      expect(await printed(command, args, itemsFile)).toEqual([['2024-10-29', '2024-10-28'], [1], 2]);
    },
    90_000,
  );
});
