// Golden files: the generator's output for a small fixture spec, file by file. UPDATE_GOLDEN=1 rewrites them.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { generateFromText } from './helpers.ts';

const here = dirname(fileURLToPath(import.meta.url));
const fixture = await readFile(join(here, 'fixtures/mini.openapi.yaml'), 'utf8');
const files = await generateFromText(fixture);

describe('generator output for fixtures/mini.openapi.yaml', () => {
  it('produces exactly the expected files', () => {
    expect([...files.keys()].sort()).toEqual([
      'packages/cli/src/generated/index.ts',
      'packages/cli/src/generated/tables.ts',
      'packages/core/src/generated/client-methods.ts',
      'packages/core/src/generated/data-types.ts',
      'packages/core/src/generated/index.ts',
      'packages/core/src/generated/openapi.ts',
      'packages/core/src/generated/params.ts',
      'packages/core/src/generated/tables.ts',
      'packages/decoders/src/generated/field-tables.ts',
      'packages/decoders/src/generated/item-typers.ts',
      'spec/api.md',
    ]);
  });

  it.each([...files.keys()].sort())('%s matches its golden file', async (path) => {
    const golden = join(here, 'golden', `${path.replace(/\//g, '__')}.golden`);
    const text = files.get(path) as string;
    if (process.env.UPDATE_GOLDEN) {
      await mkdir(dirname(golden), { recursive: true });
      await writeFile(golden, text);
    }
    expect(text).toBe(await readFile(golden, 'utf8'));
  });

  it('opens every file with the do-not-edit header', () => {
    for (const [path, text] of files)
      expect(text.split('\n')[0], path).toMatch(/generated from spec\/clicky\.openapi\.yaml.*do not edit/);
  });

  it('is idempotent: the same spec gives the same bytes', async () => {
    const again = await generateFromText(fixture);
    for (const [path, text] of files) expect(again.get(path), path).toBe(text);
  });
});
