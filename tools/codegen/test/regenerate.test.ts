// The "API changed" workflow: add a data type and a parameter to a copy of the spec, run the generator into a
// temp folder, and check both come out typed, compile, and that --check tells fresh output from stale.
// The generator runs in-process (no child processes) and the generated code is type-checked once. Budget: the
// type check loads TypeScript and the generated core (about 7 s idle) and allows 120 s; the --check test runs
// the generator four times (about 3 s idle) and allows 60 s: a machine busy with other builds does not fail them.
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Project, ts } from 'ts-morph';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runGenerator } from '../src/run.ts';
import { tempDir } from './helpers.ts';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '../../..');
const TYPE_CHECK_BUDGET_MS = 120_000;
const GENERATE_FOUR_TIMES_BUDGET_MS = 60_000;

async function generateInto(
  spec: string,
  out: string,
  ...extra: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await runGenerator(['--spec', spec, '--out', out, ...extra], {
    info: (l) => stdout.push(l),
    error: (l) => stderr.push(l),
  });
  return { code, stdout: stdout.join('\n'), stderr: stderr.join('\n') };
}

let out: string;
let specFile: string;

beforeAll(async () => {
  out = await tempDir('clicky-regen-');
  const original = await readFile(join(repo, 'spec/clicky.openapi.yaml'), 'utf8');
  const withType = original.replace(
    'x-clicky-data-types:\n',
    'x-clicky-data-types:\n  visitors-returning: { category: tally, item: { $ref: "#/components/schemas/TallyItem" }, confidence: clients, description: Returning visitors. }\n',
  );
  const withParam = withType.replace(
    '        - name: app\n',
    '        - name: color_scheme\n          in: query\n          description: Theme of stats_url links.\n          schema: { type: string, enum: [light, dark], default: light }\n          x-clicky-kind: enum\n          x-clicky-applies-to: [pages]\n        - name: app\n',
  );
  expect(withParam).not.toBe(original);
  specFile = join(out, 'changed.openapi.yaml');
  await writeFile(specFile, withParam);
  const result = await generateInto(specFile, out);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  // The hand-written core the generated code imports (table types, the client's types).
  await cp(join(repo, 'packages/core/src'), join(out, 'packages/core/src'), {
    recursive: true,
    filter: (from) => !from.includes('/generated'),
  });
}, 60_000);

afterAll(() => rm(out, { recursive: true, force: true }));

describe('regenerating after an API change', () => {
  it(
    'compiles, and types the new data type and parameter',
    async () => {
      const project = new Project({
        compilerOptions: {
          strict: true,
          exactOptionalPropertyTypes: true,
          allowImportingTsExtensions: true,
          noEmit: true,
          module: 199,
          moduleResolution: 99,
          target: 9,
        },
      });
      // core's generated code compiles on its own; decoders' is compiled by the package build.
      project.addSourceFilesAtPaths(join(out, 'packages/core/src/**/*.ts'));
      const probe = project.createSourceFile(
        join(out, 'packages/core/src/probe.ts'),
        [
          "import type { DataType, TallyType, TypeMap, StatsParams, StatsResult } from './generated/index.ts';",
          "import { PARAMETERS, DATA_TYPES } from './generated/index.ts';",
          "export const t: DataType = 'visitors-returning';",
          "export const tally: TallyType = 'visitors-returning';",
          "export type NewItem = TypeMap['visitors-returning'];",
          "export type Scheme = NonNullable<StatsParams['color_scheme']>;",
          "export type R = StatsResult<'visitors-returning' | 'pages'>;",
          "export const param = PARAMETERS.find((p) => p.name === 'color_scheme');",
          "export const info = DATA_TYPES['visitors-returning'];",
          // The new type is a new client method, typed by its item shape: whole from a strict client, every
          // field optional from a lenient one (the default).
          "import type { ClickyClient } from './client/client.ts';",
          "export type Groups = Awaited<ReturnType<ClickyClient<true>['visitorsReturning']>>;",
          "export type GroupItem = Groups[number]['items'][number];",
          "export type LenientGroups = Awaited<ReturnType<ClickyClient['visitorsReturning']>>;",
          "export type LenientGroupItem = LenientGroups[number]['items'][number];",
        ].join('\n'),
      );
      const diagnostics = project
        .getPreEmitDiagnostics()
        .map((d) => `${d.getSourceFile()?.getBaseName()}: ${String(d.getMessageText())}`);
      expect(diagnostics).toEqual([]);
      // Spelled out in full (InTypeAlias), since an item shape shows by its own name elsewhere.
      const typeText = (name: string): string =>
        probe.getTypeAliasOrThrow(name).getType().getText(probe, ts.TypeFormatFlags.InTypeAlias);
      expect(typeText('NewItem')).toBe('{ value: number; title?: string; trend?: number; }');
      expect(typeText('GroupItem')).toBe('{ value: number; title?: string; trend?: number; }');
      expect(typeText('LenientGroupItem')).toBe('{ value?: number; title?: string; trend?: number; }');
      expect(
        probe
          .getTypeAliasOrThrow('Scheme')
          .getType()
          .getUnionTypes()
          .map((u) => u.getLiteralValue()),
      ).toEqual(['light', 'dark']);
      expect(
        probe
          .getTypeAliasOrThrow('R')
          .getType()
          .getProperties()
          .map((p) => p.getName())
          .sort(),
      ).toEqual(['pages', 'visitors-returning']);
    },
    TYPE_CHECK_BUDGET_MS,
  );

  it('puts both in the runtime tables and the API index', async () => {
    const tables = await readFile(join(out, 'packages/core/src/generated/tables.ts'), 'utf8');
    expect(tables).toMatch(/\nvisitors-returning tally TallyItem\n/);
    expect(tables).toMatch(
      /name: 'color_scheme',\s+kind: 'enum',\s+required: false,\s+appliesTo: TYPES_PAGES,\s+values: \['light', 'dark'\],\s+default: 'light'/,
    );
    const fields = await readFile(join(out, 'packages/decoders/src/generated/field-tables.ts'), 'utf8');
    expect(fields).toMatch(/'visitors-returning': 'TallyItem'/);
    const index = await readFile(join(out, 'spec/api.md'), 'utf8');
    expect(index).toMatch(/\| `visitors-returning` \| tally \| TallyItem \|/);
    expect(index).toMatch(/\| `color_scheme` \| enum \|/);
  });

  it(
    '--check passes on fresh output and names each stale or extra file',
    async () => {
      expect((await generateInto(specFile, out, '--check')).code).toBe(0);
      const stale = join(out, 'packages/core/src/generated/params.ts');
      await writeFile(stale, `${await readFile(stale, 'utf8')}// edited by hand\n`);
      await writeFile(join(out, 'packages/decoders/src/generated/leftover.ts'), 'export {};\n');
      const result = await generateInto(specFile, out, '--check');
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('stale: packages/core/src/generated/params.ts');
      expect(result.stderr).toContain('not produced by the spec: packages/decoders/src/generated/leftover.ts');
      expect((await generateInto(specFile, out)).code).toBe(0);
      expect((await generateInto(specFile, out, '--check')).code).toBe(0);
    },
    GENERATE_FOUR_TIMES_BUDGET_MS,
  );

  it('exits 2 with the spec path on a broken spec', async () => {
    const broken = join(out, 'broken.openapi.yaml');
    await writeFile(
      broken,
      (await readFile(specFile, 'utf8')).replace(
        'category: tally, item: { $ref: "#/components/schemas/TallyItem" }, confidence: clients, description: Returning',
        'item: { $ref: "#/components/schemas/TallyItem" }, confidence: clients, description: Returning',
      ),
    );
    const result = await generateInto(broken, out, '--check');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('x-clicky-data-types.visitors-returning.category: missing');
  });
});
