// The packages as a user gets them: packed, installed from the tarballs into a project outside the workspace,
// then imported from Node (ESM and require), Deno (npm:) and Bun, type-checked with TypeScript (nodenext and
// bundler, the current version and the oldest the READMEs promise), and checked by publint and arethetypeswrong.
// Every TypeScript example of the READMEs type-checks against the installed packages as it is written.
import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { exampleModule } from '@clicky-sdk/lint/readme-examples';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '../../..');
const bin = (name: string): string => join(here, '../node_modules/.bin', name);
const PACKAGES = ['core', 'decoders', 'emulator', 'node', 'deno', 'browser'] as const;
/** The oldest TypeScript the READMEs name; the consumer file is checked with it too. */
const MIN_TYPESCRIPT = '5.4.3';

let work: string;
let project: string;
const tarballs = new Map<string, string>();

async function sh(cmd: string, args: string[], cwd: string): Promise<string> {
  try {
    const { stdout } = await run(cmd, args, {
      cwd,
      timeout: 300_000,
      maxBuffer: 16 << 20,
      env: { ...process.env, NO_COLOR: '1' },
    });
    return stdout;
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string; message: string };
    throw new Error(`${cmd} ${args.join(' ')} failed:\n${err.stdout ?? ''}\n${err.stderr ?? ''}\n${err.message}`);
  }
}

const lastJson = (out: string): Record<string, unknown> => JSON.parse(out.trim().split('\n').at(-1) ?? '{}');

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'clicky-consumer-'));
  const packs = join(work, 'tarballs');
  await mkdir(packs);
  for (const name of PACKAGES) {
    await sh(join(root, 'node_modules/.bin/pnpm'), ['pack', '--pack-destination', packs], join(root, 'packages', name));
  }
  for (const file of await readdir(packs)) {
    const name = PACKAGES.find((p) => file.startsWith(`clicky-sdk-${p}-`));
    if (name) tarballs.set(name, join(packs, file));
  }
  project = join(work, 'project');
  await mkdir(project);
  await writeFile(
    join(project, 'package.json'),
    JSON.stringify({
      name: 'clicky-consumer',
      private: true,
      type: 'module',
      dependencies: Object.fromEntries(PACKAGES.map((p) => [`@clicky-sdk/${p}`, `file:${tarballs.get(p)}`])),
      devDependencies: { '@types/node': '20.19.43', 'typescript-min': `npm:typescript@${MIN_TYPESCRIPT}` },
    }),
  );
  for (const f of ['esm.mjs', 'require.cjs', 'deno.ts', 'consumer.ts'])
    await copyFile(join(here, '../fixtures', f), join(project, f));
  await sh('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], project);
});

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe('installed from the tarballs', () => {
  it('packs every package', () => {
    expect([...tarballs.keys()].sort()).toEqual([...PACKAGES].sort());
  });

  it('runs from Node ESM: every package by name, three clients agree', async () => {
    const report = lastJson(await sh(process.execPath, ['esm.mjs'], project));
    expect(report).toEqual({
      runtime: 'node',
      same: true,
      visitors: expect.any(Number),
      pages: 5,
      redacted: true,
      decoded: 3,
    });
  });

  it('runs from Node require()', async () => {
    expect(lastJson(await sh(process.execPath, ['require.cjs'], project))).toEqual({
      runtime: 'node-require',
      pages: 5,
      param: true,
    });
  });

  it('runs on Bun', async () => {
    const report = lastJson(await sh(bin('bun'), ['run', 'esm.mjs'], project));
    expect(report).toMatchObject({ runtime: 'bun', same: true, pages: 5, redacted: true, decoded: 3 });
  });

  it('runs on Deno through npm: specifiers', async () => {
    const report = lastJson(await sh(bin('deno'), ['run', '--allow-all', 'deno.ts'], project));
    expect(report).toEqual({ runtime: 'deno-npm', pages: 5, same: true });
  });

  // The packages' own declarations are checked once in full (nodenext, TypeScript 5.9); the other runs skip
  // library checking, which is most of their cost, and still type the consumer file through those declarations.
  it.each([
    ['nodenext', { module: 'nodenext', moduleResolution: 'nodenext' }, 'tsc', false],
    ['bundler', { module: 'esnext', moduleResolution: 'bundler' }, 'tsc', true],
    ['nodenext, oldest supported TypeScript', { module: 'nodenext', moduleResolution: 'nodenext' }, 'min', true],
  ] as const)('type-checks a consumer file: %s', async (name, resolution, compiler, skipLibCheck) => {
    const config = join(project, `tsconfig.${name.replace(/\W+/g, '-')}.json`);
    const compilerOptions = { ...resolution, target: 'es2022', strict: true, noEmit: true, skipLibCheck };
    await writeFile(
      config,
      JSON.stringify({
        compilerOptions: { ...compilerOptions, types: ['node'], lib: ['es2023', 'dom'] },
        files: ['consumer.ts'],
      }),
    );
    const tsc = compiler === 'tsc' ? bin('tsc') : join(project, 'node_modules/typescript-min/bin/tsc');
    await sh(tsc, ['-p', config], project);
  });
});

/** READMEs with TypeScript examples, and the names an example takes as given. */
const README_EXAMPLES: readonly (readonly [string, string])[] = [
  ['README.md', ''],
  ['packages/node/README.md', ''],
  ['packages/core/README.md', ''],
  ['packages/browser/README.md', ''],
  ['packages/emulator/README.md', ''],
  ['packages/decoders/README.md', 'declare const body: string; // the answer to decode'],
];

describe('the README examples, as written', () => {
  it('type-check against the installed packages (strict, nodenext)', async () => {
    const files: string[] = [];
    for (const [readme, given] of README_EXAMPLES) {
      const module = exampleModule(await readFile(join(root, readme), 'utf8'), given);
      expect(module, `${readme} has TypeScript examples`).toBeDefined();
      const file = `readme-${readme.replace(/\W+/g, '-')}.ts`;
      await writeFile(join(project, file), module as string);
      files.push(file);
    }
    const config = join(project, 'tsconfig.readme.json');
    await writeFile(
      config,
      JSON.stringify({
        compilerOptions: {
          module: 'nodenext',
          moduleResolution: 'nodenext',
          target: 'es2022',
          strict: true,
          noEmit: true,
          skipLibCheck: true,
          types: ['node'],
          lib: ['es2023', 'dom'],
        },
        files,
      }),
    );
    await sh(bin('tsc'), ['-p', config], project);
  });

  it("type-check the Deno README's jsr: example with deno check (jsr: mapped to the installed package)", async () => {
    const module = exampleModule(await readFile(join(root, 'packages/deno/README.md'), 'utf8'));
    await writeFile(join(project, 'readme-deno.ts'), module as string);
    await writeFile(
      join(project, 'deno.readme.json'),
      JSON.stringify({ nodeModulesDir: 'manual', imports: { 'jsr:@clicky-sdk/deno': 'npm:@clicky-sdk/deno' } }),
    );
    await sh(bin('deno'), ['check', '--config', 'deno.readme.json', 'readme-deno.ts'], project);
  });
});

describe('packaging checks', () => {
  it.each(PACKAGES)('%s: publint finds nothing', async (name) => {
    const out = await sh(bin('publint'), ['run', '--strict', join(root, 'packages', name)], root);
    expect(out).toContain('Linting...');
    expect(out).not.toMatch(/warning|error|suggestion/i);
  });

  it.each(PACKAGES)('%s: arethetypeswrong (esm-only) finds nothing', async (name) => {
    const out = await sh(
      bin('attw'),
      [tarballs.get(name) as string, '--profile', 'esm-only', '--format', 'ascii'],
      root,
    );
    // attw exits non-zero on a problem; under esm-only, CommonJS resolutions are listed but marked ignored.
    const problems = out.split('\n').filter((l) => /💀|⚠️|❗|🐛|🥴|❌|🚭|🎭/u.test(l) && !l.includes('ignored'));
    expect(problems).toEqual([]);
    expect(out).toMatch(/node16 \(from ESM\): 🟢/u);
    expect(out).toMatch(/bundler: 🟢/u);
  });
});
