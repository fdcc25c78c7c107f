// The runnable examples of a README, for the tests that run and type-check them so none can rot: its fenced code
// blocks of one language, its TypeScript examples as one module a compiler can check, and the one rewrite a test
// makes to run an example against a local emulator instead of
// api.clicky.com (a client gets a `baseUrl` first in its options; a `baseUrl` the example writes out gets the
// emulator's; nothing else of the example changes).

/** The text of every ```LANG fenced block, in order (for `ts`, also ```typescript). */
export function fencedBlocks(markdown: string, lang: string): string[] {
  const names = lang === 'ts' ? ['ts', 'typescript'] : [lang];
  const blocks: string[] = [];
  for (const m of markdown.matchAll(/^```([\w-]*)\n([\s\S]*?)^```\s*$/gm))
    if (names.includes(m[1] ?? '')) blocks.push(m[2] ?? '');
  return blocks;
}

/** `createClient({` / `createJsonpClient({` made to start with `baseUrl: '<url>', `. Fails when there is none. */
export function pointAtEmulator(code: string, url: string): string {
  const rewritten = code.replace(/\b(create(?:Jsonp)?Client)\(\{\s*/g, `$1({ baseUrl: '${url}', `);
  if (rewritten === code) throw new Error('the example creates no client to point at the emulator');
  return rewritten;
}

/** Every `baseUrl: '...'` the example writes out made the emulator's. Fails when there is none. */
export function replaceBaseUrl(code: string, url: string): string {
  const rewritten = code.replace(/\bbaseUrl: '[^'\n]*'/g, `baseUrl: '${url}'`);
  if (!/\bbaseUrl: '/.test(code)) throw new Error('the example writes no baseUrl to point at the emulator');
  return rewritten;
}

/**
 * One module holding every TypeScript example of `readme` (undefined when it has none): each block becomes an
 * async function of its own (so two examples may both say `const clicky`), their imports hoisted to the top once
 * each. Names an example takes as given (the body it decodes) are declared by the caller in `given`.
 */
export function exampleModule(readme: string, given = ''): string | undefined {
  const blocks = fencedBlocks(readme, 'ts');
  if (blocks.length === 0) return undefined;
  const imports = new Set<string>();
  const bodies = blocks.map((block, i) => {
    const body: string[] = [];
    for (const line of block.split('\n')) {
      if (/^import\s/.test(line)) imports.add(line);
      else body.push(`  ${line}`);
    }
    return `export async function example${i + 1}(): Promise<void> {\n${body.join('\n')}\n}`;
  });
  return [...imports, given, ...bodies].join('\n');
}
