// The README's export tables name exactly what each entry point exports, values and types.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as root from '../src/index.ts';

const here = join(__dirname, '..');
const readme = readFileSync(join(here, 'README.md'), 'utf8');
const section = readme.slice(readme.indexOf('## Exports'), readme.indexOf('\n## ', readme.indexOf('## Exports') + 1));

/** Backticked names in a table cell: `decode(body, options?)` -> decode; `@clicky-sdk/decoders/json` is skipped. */
const namesIn = (cell: string): string[] =>
  [...cell.matchAll(/`([A-Za-z_$][\w$]*)(?:\([^`]*\))?`/g)].map((m) => m[1] as string);

/** The rows of the tables in the Exports section: [first cell, second cell]. */
const rows = section
  .split('\n')
  .filter((line) => line.startsWith('| ') && !line.startsWith('| ---') && !/^\| (export|entry) /.test(line))
  .map((line) => line.split('|').map((cell) => cell.trim()))
  .map((cells) => [cells[1] ?? '', cells[2] ?? ''] as const);

/** The type names an entry's source exports (`type X` in its export statements). */
function typeExports(file: string): string[] {
  const text = readFileSync(join(here, file), 'utf8');
  const names: string[] = [];
  for (const m of text.matchAll(/export (type )?\{([^}]*)\}/g)) {
    for (const part of (m[2] as string).split(',')) {
      const spec = part.trim();
      if (spec === '') continue;
      if (m[1] || spec.startsWith('type '))
        names.push(
          spec
            .replace(/^type /, '')
            .split(' as ')
            .pop() as string,
        );
    }
  }
  return names;
}

describe('README export tables', () => {
  it('name every value and type the package root exports, and nothing else', () => {
    const entryRows = rows.filter(([first]) => !first.startsWith('`@clicky-sdk/'));
    const values = entryRows.filter(([first]) => first !== 'types').flatMap(([first]) => namesIn(first));
    const types = entryRows.filter(([first]) => first === 'types').flatMap(([, second]) => namesIn(second));
    expect(values.sort()).toEqual(Object.keys(root).sort());
    expect(types.sort()).toEqual(typeExports('src/index.ts').sort());
  });

  it.each(['json', 'xml', 'php', 'csv'])('name what @clicky-sdk/decoders/%s exports', async (format) => {
    const row = rows.find(([first]) => first === `\`@clicky-sdk/decoders/${format}\``);
    const listed = namesIn(row?.[1] ?? '');
    const module = (await import(`../src/formats/${format}/index.ts`)) as Record<string, unknown>;
    const exported = [...Object.keys(module), ...typeExports(`src/formats/${format}/index.ts`)];
    expect(listed.sort()).toEqual(exported.sort());
  });

  it('does not offer generated internals', () => {
    expect(Object.keys(root)).not.toContain('ITEM_TYPERS');
    expect(Object.keys(root)).toContain('SHAPES');
  });
});
