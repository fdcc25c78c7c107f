// The runnable examples of a README, for the tests that run them so none can rot: its fenced code blocks of one
// language, and the one rewrite a test makes to run an example against a local emulator instead of
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
