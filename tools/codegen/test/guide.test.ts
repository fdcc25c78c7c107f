// docs/regenerating.md, walked through on a copy of the repository: the guide's spec edit, `pnpm generate
// --check` failing with the output the guide shows, `pnpm generate`, the check passing, the guide's changeset,
// and `pnpm version-packages` bumping every package together and writing the changelogs. The commands are the
// ones package.json runs for those scripts; the copy shares the original's node_modules through symlinks.
import { execFile } from 'node:child_process';
import { cp, mkdir, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { fencedBlocks } from '@clicky-sdk/lint/readme-examples';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from './helpers.ts';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '../../..');
const run = promisify(execFile);
let copy: string;
let guide: string;

/** The guide's fenced blocks of one language, in order. */
const blocks = (lang: string): string[] => fencedBlocks(guide, lang);

/** Runs a script of the copy the way its package.json script does; exit code and output. */
async function inCopy(command: string, args: string[]): Promise<{ code: number; out: string }> {
  try {
    const { stdout, stderr } = await run(command, args, {
      cwd: copy,
      timeout: 240_000,
      env: { ...process.env, NO_COLOR: '1' },
    });
    return { code: 0, out: stdout + stderr };
  } catch (e) {
    const err = e as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof err.code === 'number' ? err.code : -1, out: `${err.stdout ?? ''}${err.stderr ?? ''}` };
  }
}
const tsx = () => join(repo, 'node_modules/.bin/tsx');

beforeAll(async () => {
  guide = await readFile(join(repo, 'docs/regenerating.md'), 'utf8');
  copy = await tempDir('clicky-guide-');
  // The tracked files, as a clone has them; node_modules folders are the original's.
  const { stdout } = await run('git', ['ls-files', '-z'], { cwd: repo, maxBuffer: 64 << 20 });
  for (const file of stdout.split('\0').filter(Boolean)) {
    await mkdir(dirname(join(copy, file)), { recursive: true });
    await cp(join(repo, file), join(copy, file)).catch(() => undefined); // a file deleted but not yet committed
  }
  await symlink(join(repo, 'node_modules'), join(copy, 'node_modules'));
  for (const group of ['packages', 'tools'])
    for (const name of await readdir(join(repo, group)))
      await symlink(join(repo, group, name, 'node_modules'), join(copy, group, name, 'node_modules')).catch(
        () => undefined,
      );
}, 120_000);
afterAll(() => rm(copy, { recursive: true, force: true }));

describe('docs/regenerating.md on a copy of the repository', () => {
  it('1-4: the spec edit, --check failing as shown, pnpm generate, --check passing', async () => {
    const [edit] = blocks('yaml');
    expect(edit).toMatch(/^visitors-returning:/);
    // The guide shows the entry on its own; in the spec it sits one level in, under x-clicky-data-types.
    const indented = (edit ?? '').replace(/^(?=.)/gm, '  ');
    const specFile = join(copy, 'spec/clicky.openapi.yaml');
    const spec = await readFile(specFile, 'utf8');
    await writeFile(specFile, spec.replace('x-clicky-data-types:\n', `x-clicky-data-types:\n${indented}`));

    const stale = await inCopy(tsx(), ['tools/codegen/src/cli.ts', '--check']);
    expect(stale.code).toBe(1);
    const shown =
      blocks('text')
        .find((b) => b.startsWith('generate --check'))
        ?.trim()
        .split('\n') ?? [];
    expect(stale.out.trim().split('\n')).toEqual(shown);

    const generated = await inCopy(tsx(), ['tools/codegen/src/cli.ts']);
    expect(generated.code, generated.out).toBe(0);
    const text = (path: string) => readFile(join(copy, path), 'utf8');
    expect(await text('packages/core/src/generated/data-types.ts')).toContain("'visitors-returning'");
    expect(await text('packages/core/src/generated/client-methods.ts')).toContain('visitorsReturning(');
    expect(await text('packages/cli/src/generated/tables.ts')).toContain(
      'CREATE TABLE IF NOT EXISTS "visitors_returning"',
    );
    expect(await text('spec/api.md')).toContain('| `visitors-returning` | tally |');

    const current = await inCopy(tsx(), ['tools/codegen/src/cli.ts', '--check']);
    expect(current.code, current.out).toBe(0);
    expect(current.out).toMatch(/generate --check: \d+ generated files match the spec/);
    // Three generator runs in child processes: seconds on an idle machine, minutes on a busy 2-core one.
  }, 600_000);

  it("3 and 5: the guide's changeset, then version-packages bumps every package and writes the changelogs", async () => {
    // The changeset is shown as text: a Markdown file whose frontmatter a Markdown formatter would take for a heading.
    const changeset = blocks('text').find((b) => b.startsWith('---'));
    const summary = (changeset ?? '').split('---').at(-1)?.trim() ?? '';
    expect(summary).toContain('visitors-returning');
    await writeFile(join(copy, '.changeset/visitors-returning.md'), changeset ?? '');
    const scripts = JSON.parse(await readFile(join(copy, 'package.json'), 'utf8')).scripts as Record<string, string>;
    expect(scripts['version-packages']).toBe('changeset version && tsx scripts/sync-sdk-version.mts');
    const before = JSON.parse(await readFile(join(copy, 'packages/core/package.json'), 'utf8')).version as string;
    const versioned = await inCopy(join(repo, 'node_modules/.bin/changeset'), ['version']);
    expect(versioned.code, versioned.out).toBe(0);
    const synced = await inCopy(tsx(), ['scripts/sync-sdk-version.mts']);
    expect(synced.code, synced.out).toBe(0);
    const fixed = JSON.parse(await readFile(join(copy, '.changeset/config.json'), 'utf8')).fixed[0] as string[];
    const versions = new Set<string>();
    for (const name of fixed) {
      const dir = name.replace('@clicky-sdk/', 'packages/');
      versions.add(JSON.parse(await readFile(join(copy, dir, 'package.json'), 'utf8')).version);
      expect(await readFile(join(copy, dir, 'CHANGELOG.md'), 'utf8')).toMatch(/^# @clicky-sdk\//);
    }
    expect([...versions]).toHaveLength(1);
    const [after] = versions;
    expect(after).not.toBe(before);
    expect(await readFile(join(copy, 'packages/core/CHANGELOG.md'), 'utf8')).toContain(summary);
    expect(await readFile(join(copy, 'packages/core/src/client/version.ts'), 'utf8')).toContain(`'${after}'`);
  }, 120_000);
});
