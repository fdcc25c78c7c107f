// The project's source rules. Each rule looks at one file's text and returns what is wrong, if anything.
import { GENERATED_MARK } from './generated-header.ts';

export interface FileInfo {
  /** Path relative to the package. */
  readonly path: string;
  readonly text: string;
  /** The package runs everywhere (core, decoders): web-standard APIs only. */
  readonly portable: boolean;
  /** A published library (packages/*), as opposed to the project's tools. */
  readonly library: boolean;
}

export interface Rule {
  readonly name: string;
  check(file: FileInfo): string[];
}

const isGenerated = (f: FileInfo): boolean => f.path.includes('src/generated/');
// Spelled in pieces so that this file does not match itself.
const PLACEHOLDER = new RegExp(`\\b(${['TO', 'FIX', 'X'].map((a, i) => a + ['DO', 'ME', 'XX'][i]).join('|')})\\b`, 'g');

export const RULES: readonly Rule[] = [
  {
    name: 'file-comment',
    // A file says what it holds in its first line.
    check: (f) =>
      isGenerated(f) || /^(#!.*\n)?\/\//.test(f.text)
        ? []
        : ['does not open with a comment saying what the file holds'],
  },
  {
    name: 'generated-header',
    check: (f) =>
      isGenerated(f) && !f.text.startsWith(`// ${GENERATED_MARK}`)
        ? ['a generated file without the generated header']
        : [],
  },
  {
    name: 'no-placeholders',
    check: (f) => [...f.text.matchAll(PLACEHOLDER)].map((m) => `placeholder ${m[1]} at offset ${m.index}`),
  },
  {
    name: 'ts-specifiers',
    // Deno and JSR load the sources as they are: relative imports name the .ts file.
    check: (f) =>
      [...f.text.matchAll(/from\s+['"](\.{1,2}\/[^'"]+)['"]/g)]
        .filter((m) => !m[1]?.endsWith('.ts'))
        .map((m) => `relative import without .ts: ${m[1]}`),
  },
  {
    name: 'web-standard-only',
    check: (f) => {
      if (!f.portable) return [];
      const bad = [
        [/from\s+['"]node:/, 'a node: import'],
        [/\bBuffer\b/, 'Buffer'],
        [/\bprocess\./, 'process'],
        [/\brequire\(/, 'require()'],
      ] as const;
      return bad.filter(([re]) => re.test(f.text)).map(([, what]) => `${what} in a package that runs everywhere`);
    },
  },
  {
    name: 'no-console',
    // Published libraries do not print; their command-line entry points do.
    check: (f) =>
      !f.library || /(^|\/)cli\.m?ts$/.test(f.path) || !/\bconsole\.(log|info|debug)\(/.test(f.text)
        ? []
        : ['prints with console in library code'],
  },
];
