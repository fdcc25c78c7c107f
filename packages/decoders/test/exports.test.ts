// The package exports on purpose: the README's export tables name exactly what each entry point exports.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { indexExports, readmeExports } from '@clicky-sdk/lint/readme-exports';
import { describe, expect, it } from 'vitest';
import * as root from '../src/index.ts';

const here = join(__dirname, '..');
const read = (path: string): string => readFileSync(join(here, path), 'utf8');
const readme = read('README.md');

/** The exports the README lists for a format's entry: the second column of its row in the entry table. */
function entryExports(format: string): string[] {
  const row = readme.split('\n').find((line) => line.startsWith(`| \`@clicky-sdk/decoders/${format}\``)) ?? '';
  return [...(row.split('|')[2] ?? '').matchAll(/`([A-Za-z_$][\w$]*)`/g)].map((m) => m[1] as string).sort();
}

describe('README export tables', () => {
  it('list exactly what the package root exports, values and types', () => {
    expect(read('src/index.ts')).not.toMatch(/export \*/);
    expect(readmeExports(readme)).toEqual(indexExports(read('src/index.ts')));
  });

  it.each(['json', 'xml', 'php', 'csv'])('list exactly what @clicky-sdk/decoders/%s exports', (format) => {
    expect(entryExports(format)).toEqual(indexExports(read(`src/formats/${format}/index.ts`)));
  });

  it('do not offer generated internals', () => {
    expect(Object.keys(root)).not.toContain('ITEM_TYPERS');
    expect(Object.keys(root)).toContain('SHAPES');
  });
});
