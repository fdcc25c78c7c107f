// The README's export tables and src/index.ts name the same exports.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { indexExports, readmeExports } from '@clicky-sdk/lint/readme-exports';
import { describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const src = join(root, 'src');
const exported = indexExports(readFileSync(join(src, 'index.ts'), 'utf8'), (specifier) =>
  readFileSync(join(src, specifier), 'utf8'),
);
const documented = readmeExports(readFileSync(join(root, 'README.md'), 'utf8'));

describe('the README export tables', () => {
  it('list every export of src/index.ts', () => {
    expect(exported.filter((name) => !documented.includes(name))).toEqual([]);
  });

  it('list nothing that src/index.ts does not export', () => {
    expect(documented.filter((name) => !exported.includes(name))).toEqual([]);
  });
});
