import { describe, expect, it } from 'vitest';
import { type FileInfo, RULES } from '../src/rules.ts';

const problems = (file: Partial<FileInfo> & { text: string }): string[] =>
  RULES.flatMap((r) =>
    r.check({ path: 'src/x.ts', portable: false, library: false, ...file }).map((p) => `${r.name}: ${p}`),
  );

describe('lint rules', () => {
  it('passes a clean file', () => {
    expect(problems({ text: "// What this holds.\nimport { a } from './a.ts';\nexport const b = a;\n" })).toEqual([]);
  });

  it.each([
    ['a file without an opening comment', { text: 'export const a = 1;\n' }, /file-comment/],
    ['a placeholder', { text: `// x\n// ${'TO'}${'DO'}: later\n` }, /no-placeholders/],
    [
      'a relative import without .ts',
      { text: "// x\nimport { a } from './a';\n" },
      /ts-specifiers: relative import without .ts: .\/a/,
    ],
    [
      'a node: import in a portable package',
      { text: "// x\nimport { x } from 'node:fs';\n", portable: true },
      /web-standard-only: a node: import/,
    ],
    [
      'Buffer in a portable package',
      { text: '// x\nconst b = Buffer.from("");\n', portable: true },
      /web-standard-only: Buffer/,
    ],
    ['console.log in a library', { text: '// x\nconsole.log(1);\n', library: true }, /no-console/],
    ['a generated file without its header', { path: 'src/generated/a.ts', text: 'export {};\n' }, /generated-header/],
  ] as const)('flags %s', (_what, file, rule) => {
    expect(problems(file).join('\n')).toMatch(rule);
  });

  it('lets command-line entry points print, and tools print', () => {
    expect(problems({ path: 'src/cli.ts', text: '// x\nconsole.log(1);\n', library: true })).toEqual([]);
    expect(problems({ text: '// x\nconsole.log(1);\n', library: false })).toEqual([]);
  });
});
