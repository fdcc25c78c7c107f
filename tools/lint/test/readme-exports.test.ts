// The README/index readers every package's export test uses.
import { describe, expect, it } from 'vitest';
import { indexExports, readmeExports } from '../src/readme-exports.ts';

describe('readmeExports', () => {
  it('reads every backticked name of the first column, in the Exports section only', () => {
    const md = [
      '# pkg',
      '| `notExported` | before the section |',
      '## Exports',
      '| export | example |',
      '| --- | --- |',
      '| `prepareRequest(params, options?)` | `x()` |',
      '| `redact(text)` / `REDACTED` | `y` |',
      '| item types (`TallyItem`, `PopularItem`) | z |',
      '## Performance',
      '| `afterTheSection` | |',
    ].join('\n');
    expect(readmeExports(md)).toEqual(['PopularItem', 'REDACTED', 'TallyItem', 'prepareRequest', 'redact']);
  });

  it('gives nothing without an Exports section', () => {
    expect(readmeExports('# pkg\n| `a` | b |\n')).toEqual([]);
  });
});

describe('indexExports', () => {
  it('reads named re-exports, type re-exports, aliases and declarations', () => {
    const src = [
      "export { a, type B, c as d } from './x.ts';",
      "export type { E } from './y.ts';",
      'export const F = 1;',
      'export function g() {}',
      'export interface H {}',
    ].join('\n');
    expect(indexExports(src)).toEqual(['B', 'E', 'F', 'H', 'a', 'd', 'g']);
  });

  it('refuses export *, unless told how to read the module it names', () => {
    expect(() => indexExports("export * from './x.ts';")).toThrow(/export \*/);
    const load = (specifier: string): string => (specifier === './x.ts' ? 'export { y, z } from "./y.ts";' : '');
    expect(indexExports("export * from './x.ts';\nexport const w = 1;", load)).toEqual(['w', 'y', 'z']);
  });
});
