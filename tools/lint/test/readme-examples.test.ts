// The README example reader the packages' README tests share: fenced blocks by language, and the rewrites that
// point an example at a local emulator.
import { describe, expect, it } from 'vitest';
import { exampleModule, fencedBlocks, pointAtEmulator, replaceBaseUrl } from '../src/readme-examples.ts';

describe('fencedBlocks', () => {
  const md = [
    '# pkg',
    '```sh',
    'npm install x',
    '```',
    'text',
    '```ts',
    'const a = 1;',
    '```',
    '```typescript',
    'const b = 2;',
    '```',
    '```text',
    '```ts inside a text block is not a fence',
    '```',
  ].join('\n');

  it('returns the blocks of one language in order, ts also under its long name', () => {
    expect(fencedBlocks(md, 'ts')).toEqual(['const a = 1;\n', 'const b = 2;\n']);
    expect(fencedBlocks(md, 'sh')).toEqual(['npm install x\n']);
    expect(fencedBlocks(md, 'text')).toEqual(['```ts inside a text block is not a fence\n']);
    expect(fencedBlocks(md, 'yaml')).toEqual([]);
  });
});

describe('pointAtEmulator', () => {
  it('puts the baseUrl first in every client options object', () => {
    const code = 'const a = createClient({ siteId: 1 });\nconst b = createJsonpClient({\n  siteId: 2 });';
    expect(pointAtEmulator(code, 'http://127.0.0.1:9')).toBe(
      "const a = createClient({ baseUrl: 'http://127.0.0.1:9', siteId: 1 });\n" +
        "const b = createJsonpClient({ baseUrl: 'http://127.0.0.1:9', siteId: 2 });",
    );
  });

  it('refuses an example that creates no client', () => {
    expect(() => pointAtEmulator('decode(body);', 'http://127.0.0.1:9')).toThrow(/creates no client/);
  });
});

describe('replaceBaseUrl', () => {
  it('replaces every baseUrl the example writes out, and nothing else', () => {
    const code = "f(p, { plan: 'premium', baseUrl: 'https://api.clicky.com' }); // 'https://api.clicky.com'";
    expect(replaceBaseUrl(code, 'http://127.0.0.1:9')).toBe(
      "f(p, { plan: 'premium', baseUrl: 'http://127.0.0.1:9' }); // 'https://api.clicky.com'",
    );
  });

  it('refuses an example with no baseUrl', () => {
    expect(() => replaceBaseUrl('prepareRequest(p);', 'http://127.0.0.1:9')).toThrow(/no baseUrl/);
  });
});

describe('exampleModule', () => {
  it('wraps each ts block in its own async function, imports hoisted once, the given names before them', () => {
    const md = [
      '```ts',
      "import { a } from 'x';",
      'const c = a();',
      '```',
      '```sh',
      'echo not typescript',
      '```',
      '```ts',
      "import { a } from 'x';",
      'const c = a(body);',
      '```',
    ].join('\n');
    expect(exampleModule(md, 'declare const body: string;')).toBe(
      [
        "import { a } from 'x';",
        'declare const body: string;',
        'export async function example1(): Promise<void> {\n  const c = a();\n  \n}',
        'export async function example2(): Promise<void> {\n  const c = a(body);\n  \n}',
      ].join('\n'),
    );
  });

  it('is undefined for a README without TypeScript examples', () => {
    expect(exampleModule('# x\n```sh\nls\n```\n')).toBeUndefined();
  });
});
