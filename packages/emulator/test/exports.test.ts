// The package exports on purpose: what index.ts names is what the README's export table lists, and no more.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as emulator from '../src/index.ts';

const read = (path: string): string => readFileSync(new URL(path, import.meta.url), 'utf8');

/** Every name index.ts exports, types included, from its `export { ... }` lists. */
function indexExports(): string[] {
  const names: string[] = [];
  for (const m of read('../src/index.ts').matchAll(/export (?:type )?\{([^}]*)\}/g))
    for (const part of (m[1] as string).split(',')) {
      const name = part.trim().replace(/^type /, '');
      if (name !== '') names.push(name);
    }
  return names.sort();
}

/** The names in the first column of the README's "Exports" table. */
function readmeExports(): string[] {
  const section =
    read('../README.md')
      .split(/^## Exports$/m)[1]
      ?.split(/^## /m)[0] ?? '';
  const names: string[] = [];
  for (const row of section.split('\n').filter((line) => line.startsWith('| `')))
    for (const m of (row.split('|')[1] as string).matchAll(/`([A-Za-z_]+)/g)) names.push(m[1] as string);
  return names.sort();
}

describe('exports', () => {
  it('index.ts lists every export by name, no wildcard', () => {
    expect(read('../src/index.ts')).not.toMatch(/export \*/);
  });

  it('the README export table lists exactly what index.ts exports', () => {
    expect(readmeExports()).toEqual(indexExports());
  });

  it('the runtime exports are the values among them; test helpers are not exported', () => {
    expect(Object.keys(emulator).sort()).toEqual(['DEMO_SITE', 'Faults', 'startEmulator']);
  });
});
